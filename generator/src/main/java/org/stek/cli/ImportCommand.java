package org.stek.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.stek.report.Problem;
import org.stek.report.Problems;
import org.stek.spreadsheet.SpreadsheetImport;
import org.stek.spreadsheet.SpreadsheetImport.Action;
import org.stek.spreadsheet.SpreadsheetImport.Change;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code stek import FILE.csv|FILE.xlsx}: one practice card per row, nothing written on error. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Turns a spreadsheet (.xlsx, or .csv as Excel or LibreOffice save it) into practice cards,"
          + " one per row. Headers are field names in Dutch or English (or keys); a column that is"
          + " no field becomes a section of the text. Every problem is reported at once, with its"
          + " row and column; nothing is written while any error remains. An existing card is"
          + " never overwritten, unless --update.",
      "Example: stek import praktijken.xlsx --dry-run"
    })
final class ImportCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "The .csv or .xlsx file.")
  Path file;

  @CommandLine.Mixin ContentFolder folder;

  @Option(
      names = "--sheet",
      paramLabel = "NAME",
      description = "The workbook's sheet to read (default: the first).")
  String sheet;

  @Option(
      names = "--map",
      paramLabel = "MAP.yaml",
      description =
          "What other headers hold, one per line: \"Naam project\": title (a field's name, body,"
              + " slug, skip or \"## Heading\").")
  Path map;

  @Option(names = "--dry-run", description = "Check and say what would be written; write nothing.")
  boolean dryRun;

  @Option(
      names = "--update",
      description =
          "Update cards that exist (matched by file name): only the fields the sheet fills in"
              + " change; the rest of the file stays.")
  boolean update;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Today, for 'published' when the sheet has no such column; tests fix it. */
  static LocalDate today = null;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Problems problems = new Problems();
    SpreadsheetImport.Plan plan;
    LocalDate date = today == null ? LocalDate.now() : today;
    try {
      plan =
          SpreadsheetImport.plan(
              new SpreadsheetImport.Options(file, folder.content, sheet, map, update, date),
              problems);
      if (!plan.changes().isEmpty()) ImportCheck.check(file, folder.content, plan, date, problems);
    } catch (IOException e) {
      err.println("stek: cannot read " + file + ": " + e.getMessage());
      return Main.USAGE;
    }
    for (Problem p : problems.sorted()) err.println(p.format());
    boolean errors = problems.hasErrors();
    if (errors || dryRun) {
      for (Change c : plan.changes()) {
        if (c.action() == Action.UNCHANGED) continue;
        out.printf(
            "row %d: would %s %s (%s)%n",
            c.row(),
            c.action() == Action.NEW ? "write" : "update",
            c.file(),
            String.join(", ", c.fields()));
      }
    }
    String counts =
        String.format(
            "%d new, %d updated, %d unchanged, %d empty rows skipped",
            plan.count(Action.NEW),
            plan.count(Action.UPDATE),
            plan.count(Action.UNCHANGED),
            plan.emptyRows());
    if (errors && !plan.newValues().isEmpty()) {
      err.printf(
          "%nThe sheet names %d values that %s does not list, and none is close to one it does."
              + " If they are your own, add each under its taxonomy's 'values:' there (with a"
              + " description if you like), then import again:%n%s%n",
          plan.newValues().count(), folder.content.resolve("site.yaml"), plan.newValues().yaml());
    }
    if (errors) {
      err.printf(
          "stek: %d errors: nothing written (%s once they are fixed)%n",
          problems.count(org.stek.report.Severity.ERROR), counts);
      return Main.CONTENT_ERRORS;
    }
    if (dryRun) {
      out.printf("Dry run, nothing written: %s.%n", counts);
      return Main.OK;
    }
    try {
      plan.write();
    } catch (IOException e) {
      err.println("stek: cannot write the cards: " + e.getMessage());
      return Main.USAGE;
    }
    out.printf(
        "Imported %s: %s. Check them with 'stek check --content %s'.%n",
        file, counts, folder.content);
    return Main.OK;
  }
}
