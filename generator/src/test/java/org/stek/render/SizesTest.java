package org.stek.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SizesTest {
  @Test
  void sizesHaveTwoSignificantDigitsInTheSitesLanguage() {
    assertEquals("1,0 kB", Sizes.label(0, "nl"));
    assertEquals("8,4 kB", Sizes.label(8_449, "nl"));
    assertEquals("350 kB", Sizes.label(350_073, "nl"));
    assertEquals("1,0 MB", Sizes.label(995_000, "nl"), "rounding up moves to the next unit");
    assertEquals("1,3 MB", Sizes.label(1_349_999, "nl"));
    assertEquals("110 MB", Sizes.label(109_631_362, "nl"));
    assertEquals("6,2 GB", Sizes.label(6_200_000_000L, "nl"));
    assertEquals("1.3 MB", Sizes.label(1_300_000, "en"));
  }
}
