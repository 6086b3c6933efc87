package org.stek.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The date a build takes as today (what is in the future, what is past): {@code --date} if given,
 * else the day in UTC of the reproducible-builds variable {@code SOURCE_DATE_EPOCH} (seconds since
 * 1970), else the clock's. The same date and content give the same site.
 */
final class BuildDate {
  private BuildDate() {}

  /**
   * @throws IllegalArgumentException when {@code epoch} is set but not a whole number of seconds
   */
  static LocalDate of(LocalDate option, String epoch, LocalDate clock) {
    if (option != null) return option;
    if (epoch == null || epoch.isBlank()) return clock;
    if (!epoch.strip().matches("\\d{1,12}")) {
      throw new IllegalArgumentException(
          "SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, found '" + epoch + "'");
    }
    return LocalDate.ofInstant(
        Instant.ofEpochSecond(Long.parseLong(epoch.strip())), ZoneOffset.UTC);
  }
}
