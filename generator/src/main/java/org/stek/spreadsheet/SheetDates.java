package org.stek.spreadsheet;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;

/**
 * Dates as spreadsheets hold them: 2025-03-12, 12-03-2025, 12/03/2025, 12.03.2025, "12 maart 2025"
 * (or "12 March 2025" and "March 12, 2025" on an English site), and the day number that an .xlsx
 * date cell stores. Day before month, as in Dutch; only real dates.
 */
final class SheetDates {
  /** Excel counts days from 1899-12-30 (its 1900 leap-year bug folded in); 20000 is in 1954. */
  private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

  private final List<DateTimeFormatter> formats;
  private final String language;

  SheetDates(String language) {
    this.language = language;
    Locale locale = Locale.forLanguageTag(language.equals("en") ? "en" : "nl");
    this.formats =
        List.of(
            strict("uuuu-M-d", locale),
            strict("d-M-uuuu", locale),
            strict("d/M/uuuu", locale),
            strict("d.M.uuuu", locale),
            strict("d MMMM uuuu", locale),
            strict("MMMM d, uuuu", locale),
            strict("MMMM d uuuu", locale));
  }

  private static DateTimeFormatter strict(String pattern, Locale locale) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(pattern)
        .toFormatter(locale)
        .withResolverStyle(ResolverStyle.STRICT);
  }

  /** The date, or null if the text is none. */
  LocalDate parse(String text) {
    String s = text.strip().replaceAll("\\s+", " ");
    if (s.matches("\\d{5}")) {
      int days = Integer.parseInt(s);
      return days >= 20000 ? EXCEL_EPOCH.plusDays(days) : null;
    }
    // A spreadsheet may add a time to a date: 2025-03-12 00:00:00 or 2025-03-12T00:00.
    s = s.replaceFirst("[ T]\\d{1,2}:\\d{2}(:\\d{2})?$", "");
    for (DateTimeFormatter f : formats) {
      try {
        return LocalDate.parse(s, f);
      } catch (DateTimeParseException e) {
        // try the next way of writing it
      }
    }
    return null;
  }

  String examples() {
    return language.equals("en")
        ? "2025-03-12, 12-03-2025, 12/03/2025 or 12 March 2025"
        : "2025-03-12, 12-03-2025, 12/03/2025 or 12 maart 2025";
  }
}
