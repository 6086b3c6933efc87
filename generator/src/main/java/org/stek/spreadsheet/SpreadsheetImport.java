package org.stek.spreadsheet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stek.config.CardType;
import org.stek.config.SiteConfig;
import org.stek.config.SiteConfigLoader;
import org.stek.content.Slugs;
import org.stek.report.Problems;
import org.stek.schema.Field;

/**
 * {@code stek import}: one practice card per row of a spreadsheet. First every row is read and
 * checked and every problem reported; {@link Plan#write} then writes the cards, and only when there
 * was no error. A card that exists is never overwritten; with {@code update} the fields the sheet
 * fills in change and the rest of the file stays.
 */
public final class SpreadsheetImport {
  /**
   * @param sheetName the workbook's sheet to read, or null for the first
   * @param map the mapping file for other headers, or null
   * @param today the date of an import, for 'published' when the sheet has no such column
   */
  public record Options(
      Path file, Path content, String sheetName, Path map, boolean update, LocalDate today) {}

  /** What happens to one card. */
  public enum Action {
    NEW,
    UPDATE,
    UNCHANGED
  }

  /** One card: the row it comes from, its file, what happens to it and its new text. */
  public record Change(int row, Path file, Action action, List<String> fields, String text) {}

  /**
   * Every card the sheet makes, how many rows were empty, and the taxonomy values it names that
   * site.yaml lacks.
   */
  public record Plan(List<Change> changes, int emptyRows, NewValues newValues) {
    public Plan {
      changes = List.copyOf(changes);
    }

    public long count(Action a) {
      return changes.stream().filter(c -> c.action() == a).count();
    }

    /** Writes the new and changed cards; a new card's file must not exist (never overwritten). */
    public void write() throws IOException {
      for (Change c : changes) {
        if (c.action() == Action.UNCHANGED) continue;
        Files.createDirectories(c.file().getParent());
        if (c.action() == Action.NEW) {
          Files.writeString(
              c.file(), c.text(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } else {
          Files.writeString(c.file(), c.text(), StandardCharsets.UTF_8);
        }
      }
    }
  }

  private SpreadsheetImport() {}

  /** Reads and checks the sheet; the problems go to {@code problems}, the cards into the plan. */
  public static Plan plan(Options o, Problems problems) throws IOException {
    SiteConfig config = SiteConfigLoader.load(o.content(), problems);
    if (config == null) return new Plan(List.of(), 0, new NewValues(config));
    Sheet sheet = read(o, problems);
    if (sheet == null) return new Plan(List.of(), 0, new NewValues(config));
    Columns columns = new Columns(config);
    ColumnMap map = o.map() == null ? ColumnMap.NONE : ColumnMap.read(o.map(), columns, problems);
    List<Columns.Column> cols = columns.of(sheet, map, problems);
    CellValues values = new CellValues(config, o.today());
    List<Change> changes = new ArrayList<>();
    Map<String, Integer> slugRows = new HashMap<>();
    boolean missingReported = false;
    int empty = 0;
    for (Sheet.Row row : sheet.rows()) {
      if (row.isEmpty()) {
        empty++;
        continue;
      }
      RowValues rv = RowValues.of(sheet.file(), row, cols, values, problems);
      String title = (String) rv.fields().get("title");
      String slug = rv.slug() != null ? rv.slug() : title == null ? null : Slugs.of(title);
      if (slug == null) {
        Columns.Column titleColumn = column(cols, "title");
        if (titleColumn == null) {
          problems.error(
              sheet.file(),
              row.number(),
              1,
              "row " + row.number() + " has no title",
              "give every practice a title");
        } else {
          new CellRef(sheet.file(), row.number(), titleColumn, problems)
              .error(
                  "the title is empty",
                  "give every practice a title: it also names the card's file");
        }
        continue;
      }
      Integer first = slugRows.putIfAbsent(slug, row.number());
      if (first != null) {
        problems.error(
            sheet.file(),
            row.number(),
            1,
            "row " + row.number() + " makes the same card as row " + first + ": " + slug + ".md",
            "give the practices different titles, or merge the rows");
        continue;
      }
      Path file = o.content().resolve("practices").resolve(slug + ".md");
      if (Files.exists(file)) {
        if (!o.update()) {
          problems.error(
              sheet.file(),
              row.number(),
              1,
              "row " + row.number() + ": " + file + " already exists; it is never overwritten",
              "to change the fields this sheet has, run again with --update");
          continue;
        }
        Change c = update(file, rv, row, sheet, problems);
        if (c != null) changes.add(c);
        continue;
      }
      if (!missingReported) {
        missingReported = true;
        reportMissing(sheet, columns, cols, problems);
      }
      for (Columns.Column c : rv.emptyRequired()) {
        new CellRef(sheet.file(), row.number(), c, problems)
            .error("a new card needs this field; the cell is empty", "fill it in");
      }
      Map<String, Object> fields = new LinkedHashMap<>(rv.fields());
      if (!rv.contact().isEmpty()) fields.put("contact", rv.contactInOrder(Map.of()));
      if (column(cols, "published") == null) fields.put("published", o.today());
      List<String> order = columns.fields().stream().map(Field::name).toList();
      String text =
          CardText.card(
              order,
              fields,
              CardText.body(rv.body(), rv.sections(), config.sections(CardType.PRACTICE.id())));
      changes.add(new Change(row.number(), file, Action.NEW, List.copyOf(fields.keySet()), text));
    }
    return new Plan(changes, empty, values.newValues);
  }

  private static Sheet read(Options o, Problems problems) throws IOException {
    String name = o.file().getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".xlsx")) return XlsxSheet.read(o.file(), o.sheetName(), problems);
    if (name.endsWith(".csv") || name.endsWith(".txt")) {
      if (o.sheetName() != null) {
        problems.warning(o.file(), 1, 1, "a CSV file has one sheet: --sheet is ignored", null);
      }
      return CsvSheet.read(o.file());
    }
    problems.error(
        o.file(),
        1,
        1,
        "Stek reads .csv and .xlsx files",
        "save the spreadsheet as .xlsx (Excel workbook) or as CSV");
    return null;
  }

  private static Change update(
      Path file, RowValues rv, Sheet.Row row, Sheet sheet, Problems problems) throws IOException {
    String old = Files.readString(file, StandardCharsets.UTF_8);
    CardUpdate card = CardUpdate.of(old);
    if (card == null) {
      problems.error(
          sheet.file(),
          row.number(),
          1,
          "row "
              + row.number()
              + ": the front matter of "
              + file
              + " cannot be read, so it is not updated",
          "run 'stek check' and fix the card first");
      return null;
    }
    Map<String, String> entries = new LinkedHashMap<>();
    rv.fields().forEach((k, v) -> entries.put(k, CardText.entry(k, v)));
    if (!rv.contact().isEmpty()) {
      Map<String, String> kept = new HashMap<>();
      for (String k : List.of("name", "email", "url")) {
        String v = card.scalar("contact", k);
        if (v != null) kept.put(k, v);
      }
      entries.put("contact", CardText.entry("contact", rv.contactInOrder(kept)));
    }
    String text = card.with(entries, rv.body(), rv.sections());
    List<String> changed = new ArrayList<>(entries.keySet());
    if (rv.body() != null) changed.add("body");
    rv.sections().keySet().forEach(h -> changed.add("## " + h));
    Action a = text.equals(old.replace("\r\n", "\n")) ? Action.UNCHANGED : Action.UPDATE;
    return new Change(row.number(), file, a, changed, text);
  }

  /** The required fields no column gives, named once at the header row. */
  private static void reportMissing(
      Sheet sheet, Columns columns, List<Columns.Column> cols, Problems problems) {
    for (Field f : columns.fields()) {
      if (!f.required() || f.name().equals("published")) continue;
      if (column(cols, f.name()) != null) continue;
      problems.error(
          sheet.file(),
          sheet.headerRow(),
          1,
          "no column for '" + f.label() + "' (" + f.name() + "), which every new card needs",
          "add a column '" + f.label() + "', or map a column to " + f.name() + " in --map");
    }
  }

  private static boolean isField(Columns.Column c, String name) {
    return c.target() instanceof Target.FieldValue f && f.field().name().equals(name);
  }

  private static Columns.Column column(List<Columns.Column> cols, String field) {
    return cols.stream().filter(c -> isField(c, field)).findFirst().orElse(null);
  }
}
