package org.stek.spreadsheet;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How a header or a value is compared with the names Stek knows: without case, accents and
 * punctuation, so "ZORGCOORDINATOREN", "Zorgcoördinatoren" and "zorgcoordinatoren" are one name.
 */
final class Names {
  private Names() {}

  static String normal(String s) {
    String ascii = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
  }
}
