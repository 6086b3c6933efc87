package org.stek.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** Options shared by every command that reads a content folder. */
final class ContentOptions extends ContentFolder {
  @Option(
      names = "--theme",
      paramLabel = "DIR",
      description = "The theme folder (default: themes/default, else the theme inside stek.jar).")
  Path theme;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description =
          "The build's date, which decides what is in the future and which events are past"
              + " (default: the day of SOURCE_DATE_EPOCH if set, else today).")
  LocalDate date;

  /** The build's date: --date, SOURCE_DATE_EPOCH or the clock's (see {@link BuildDate}). */
  LocalDate today() {
    return BuildDate.of(date, System.getenv("SOURCE_DATE_EPOCH"), LocalDate.now());
  }

  /**
   * The date --date or SOURCE_DATE_EPOCH gives, or null: the preview then asks the clock at every
   * rebuild, so one left running past midnight moves on with the day.
   */
  LocalDate givenDate() {
    return BuildDate.of(date, System.getenv("SOURCE_DATE_EPOCH"), null);
  }

  @Option(names = "--drafts", description = "Include cards marked 'draft: true'.")
  boolean drafts;

  @Option(
      names = {"-v", "--verbose"},
      description = "Print the time of each stage, and stack traces of bugs in Stek.")
  boolean verbose;
}
