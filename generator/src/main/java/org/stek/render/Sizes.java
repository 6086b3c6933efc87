package org.stek.render;

import java.text.NumberFormat;
import java.util.Locale;

/** File sizes as readers say them: "850 kB", "1,3 MB" (decimal units, the site's language). */
public final class Sizes {
  private Sizes() {}

  public static String label(long bytes, String language) {
    NumberFormat f = NumberFormat.getNumberInstance(Locale.forLanguageTag(language));
    if (bytes < 1_000_000) {
      f.setMaximumFractionDigits(0);
      return f.format(Math.max(1, Math.round(bytes / 1000.0))) + " kB";
    }
    f.setMinimumFractionDigits(1);
    f.setMaximumFractionDigits(1);
    return f.format(bytes / 1_000_000.0) + " MB";
  }
}
