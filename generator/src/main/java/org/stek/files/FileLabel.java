package org.stek.files;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;

/**
 * What a reader wants to know before opening a file: its type and size, "PDF, 226 kB", in the
 * site's language ("1,5 MB" in Dutch, "1.5 MB" in English). Sizes are decimal, as file managers
 * show them: whole kilobytes below a megabyte, one decimal below ten megabytes (or gigabytes).
 */
public final class FileLabel {
  /** Names readers know; any other type is its extension in capitals. */
  private static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("doc", "Word"),
          Map.entry("docx", "Word"),
          Map.entry("xls", "Excel"),
          Map.entry("xlsx", "Excel"),
          Map.entry("ppt", "PowerPoint"),
          Map.entry("pptx", "PowerPoint"),
          Map.entry("jpeg", "JPEG"),
          Map.entry("jpg", "JPEG"));

  private FileLabel() {}

  /** "PDF, 226 kB" for a file at {@code path} of {@code bytes} bytes. */
  public static String of(String path, long bytes, String language) {
    return type(path) + ", " + size(bytes, language);
  }

  /** "PDF" for {@code .../kijkwijzer.pdf}; "" for a name without an extension. */
  public static String type(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    if (dot < 0) return "";
    String ext = name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return TYPES.getOrDefault(ext, ext.toUpperCase(Locale.ROOT));
  }

  /**
   * "226 kB", "1,5 MB", "12 MB", "6,2 GB" (at least "1 kB"): attachments, pictures and the offline
   * archive, all sized one way.
   */
  public static String size(long bytes, String language) {
    NumberFormat f = NumberFormat.getNumberInstance(Locale.forLanguageTag(language));
    if (bytes < 999_500) {
      f.setMaximumFractionDigits(0);
      return f.format(Math.max(1, Math.round(bytes / 1000.0))) + " kB";
    }
    double v = bytes / 1_000_000.0;
    String unit = " MB";
    if (v >= 999.5) {
      v /= 1000;
      unit = " GB";
    }
    int digits = v < 9.95 ? 1 : 0;
    f.setMinimumFractionDigits(digits);
    f.setMaximumFractionDigits(digits);
    return f.format(v) + unit;
  }
}
