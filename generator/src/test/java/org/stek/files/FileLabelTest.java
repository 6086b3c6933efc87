package org.stek.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FileLabelTest {
  @Test
  void sizesAreDecimalWholeKilobytesThenOneDecimalBelowTen() {
    assertEquals("1 kB", FileLabel.size(0, "nl"), "never 0 kB");
    assertEquals("8 kB", FileLabel.size(8_449, "nl"));
    assertEquals("350 kB", FileLabel.size(350_073, "nl"));
    assertEquals("1,0 MB", FileLabel.size(999_500, "nl"), "rounding up moves to the next unit");
    assertEquals("1,3 MB", FileLabel.size(1_349_999, "nl"));
    assertEquals("10 MB", FileLabel.size(9_950_000, "nl"));
    assertEquals("110 MB", FileLabel.size(109_631_362, "nl"));
    assertEquals("1,0 GB", FileLabel.size(999_500_000, "nl"));
    assertEquals("6,2 GB", FileLabel.size(6_200_000_000L, "nl"));
    assertEquals("1.3 MB", FileLabel.size(1_300_000, "en"));
  }

  @Test
  void typesAreNamesReadersKnowElseTheExtension() {
    assertEquals("PDF, 226 kB", FileLabel.of("bijlagen/kijkwijzer.pdf", 226_000, "nl"));
    assertEquals("Word", FileLabel.type("a/b/verslag.DOCX"));
    assertEquals("ODT", FileLabel.type("verslag.odt"));
    assertEquals("", FileLabel.type("LEESMIJ"));
  }
}
