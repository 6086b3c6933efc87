package org.stek.content;

import java.text.Normalizer;
import java.util.Locale;

/** Turns titles and file names into URL slugs: ASCII, lowercase, words joined by '-'. */
public final class Slugs {
  private Slugs() {}

  public static String of(String text) {
    String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    String slug =
        ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return slug.isEmpty() ? "card" : slug;
  }
}
