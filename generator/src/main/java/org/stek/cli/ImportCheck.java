package org.stek.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.stek.BuildOptions;
import org.stek.Stek;
import org.stek.files.FileTrees;
import org.stek.report.Problem;
import org.stek.report.Problems;
import org.stek.spreadsheet.SpreadsheetImport.Action;
import org.stek.spreadsheet.SpreadsheetImport.Change;
import org.stek.spreadsheet.SpreadsheetImport.Plan;

/**
 * The cards an import would write, checked by {@code stek check} itself before anything is written:
 * in a copy of the content folder with the cards in place, so that every rule of a build (required
 * sections, links, field values, ...) applies as it will after the import, and no rule is kept
 * twice. What the check finds in those cards is reported at the sheet's row.
 */
final class ImportCheck {
  private ImportCheck() {}

  /**
   * Adds to {@code problems} what {@code stek check} would find in the cards the plan writes. A
   * problem in a card's front matter is left out for a row whose cells already have errors: those
   * are the same problems, told at their cells.
   */
  static void check(Path sheet, Path content, Plan plan, LocalDate today, Problems problems)
      throws IOException {
    Set<Integer> rowsWithErrors =
        problems.sorted().stream()
            .filter(p -> p.isError() && p.file().equals(sheet))
            .map(Problem::line)
            .collect(Collectors.toSet());
    Path copy = Files.createTempDirectory("stek-import-");
    try {
      Path staged = copy.resolve("content");
      FileTrees.copy(content, staged);
      Map<Path, Change> cards = new HashMap<>();
      for (Change c : plan.changes()) {
        if (c.action() == Action.UNCHANGED) continue;
        Path file = staged.resolve(content.relativize(c.file())).toAbsolutePath().normalize();
        Files.createDirectories(file.getParent());
        Files.writeString(file, c.text());
        cards.put(file, c);
      }
      BuildOptions options = new BuildOptions(staged, null, null, false, today);
      for (Problem p : Stek.check(options).problems()) {
        Change c = cards.get(p.file().toAbsolutePath().normalize());
        if (c == null) continue; // not the import's: the folder had it before
        if (rowsWithErrors.contains(c.row()) && p.line() < bodyLine(c.text())) continue;
        String where = content.relativize(c.file()) + ":" + p.line() + ":" + p.column();
        problems.add(
            new Problem(
                sheet,
                c.row(),
                1,
                p.severity(),
                "the card of row " + c.row() + " (" + where + "): " + p.message(),
                p.hint()));
      }
    } finally {
      FileTrees.delete(copy);
    }
  }

  /** The line on which a card's body begins: the one after the front matter's closing line. */
  static int bodyLine(String text) {
    String[] lines = text.split("\n", -1);
    for (int i = 1; i < lines.length; i++) if (lines[i].strip().equals("---")) return i + 2;
    return 1;
  }
}
