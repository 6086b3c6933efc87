package org.stek.render;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * File sizes as readers say them, to two significant digits: "8,4 kB", "350 kB", "1,3 MB", "110 MB"
 * (decimal units, the site's language). Two digits say what a reader needs to know before a
 * download; the download page gives the exact bytes beside them.
 */
public final class Sizes {
  private static final String[] UNITS = {"kB", "MB", "GB", "TB"};

  private Sizes() {}

  public static String label(long bytes, String language) {
    NumberFormat f = NumberFormat.getNumberInstance(Locale.forLanguageTag(language));
    double v = Math.max(bytes, 1000) / 1000.0;
    int unit = 0;
    while (true) {
      double rounded = round(v);
      if (rounded < 1000 || unit == UNITS.length - 1) {
        f.setMinimumFractionDigits(rounded < 10 ? 1 : 0);
        f.setMaximumFractionDigits(rounded < 10 ? 1 : 0);
        return f.format(rounded) + " " + UNITS[unit];
      }
      v /= 1000;
      unit++;
    }
  }

  /** {@code v} (at least 1) to two significant digits. */
  private static double round(double v) {
    double scale = Math.pow(10, Math.floor(Math.log10(v)) - 1);
    return Math.round(v / scale) * scale;
  }
}
