package org.stek.spreadsheet;

import java.util.List;
import org.stek.config.CardType;
import org.stek.config.Section;
import org.stek.config.SiteConfig;
import org.stek.report.Problems;

/**
 * The sections {@code site.yaml} requires of a practice, checked on the sheet before anything is
 * written, so that an imported card passes {@code stek check} as it is. A section comes from its
 * own column or from a {@code ## heading} in the text column.
 */
final class RequiredSections {
  private final List<Section> required;
  private final List<Columns.Column> columns;
  private final Columns.Column body;
  private final String language;

  RequiredSections(SiteConfig config, List<Columns.Column> columns) {
    this.language = config.language();
    this.required =
        config.sections(CardType.PRACTICE.id()).stream().filter(Section::required).toList();
    this.columns = columns;
    this.body =
        columns.stream().filter(c -> c.target() instanceof Target.Body).findFirst().orElse(null);
  }

  /** A required section with neither a column nor a text column to hold it, once for the sheet. */
  void reportMissingColumns(Sheet sheet, Problems problems) {
    if (body != null) return;
    for (Section s : required) {
      if (column(s) != null) continue;
      String heading = s.heading().in(language);
      problems.error(
          sheet.file(),
          sheet.headerRow(),
          1,
          "no column for the section '" + heading + "', which site.yaml requires of every card",
          "add a column '" + heading + "', or a column 'Tekst' with '## " + heading + "' in it");
    }
  }

  /** A required section that a new card's row leaves empty, at its cell. */
  void check(Sheet sheet, RowValues row, Problems problems) {
    for (Section s : required) {
      Columns.Column c = column(s);
      if (c != null) {
        if (row.sections().keySet().stream().noneMatch(s::isHeading)) {
          new CellRef(sheet.file(), row.row().number(), c, problems)
              .error(
                  "site.yaml requires this section of every card; the cell is empty",
                  "fill it in: " + help(s));
        }
      } else if (body != null && !hasHeading(row.body(), s)) {
        String heading = s.heading().in(language);
        new CellRef(sheet.file(), row.row().number(), body, problems)
            .error(
                "the text has no section '## " + heading + "', which site.yaml requires",
                "add a line '## " + heading + "' with its text, or a column '" + heading + "'");
      }
    }
  }

  private Columns.Column column(Section s) {
    return columns.stream()
        .filter(c -> c.target() instanceof Target.Section t && s.isHeading(t.heading()))
        .findFirst()
        .orElse(null);
  }

  private static boolean hasHeading(String body, Section s) {
    if (body == null) return false;
    return body.lines()
        .map(String::strip)
        .filter(l -> l.startsWith("## "))
        .anyMatch(l -> s.isHeading(l.substring(3)));
  }

  private String help(Section s) {
    String help = s.help().in(language);
    return help.isEmpty() ? "write what the section asks" : help;
  }
}
