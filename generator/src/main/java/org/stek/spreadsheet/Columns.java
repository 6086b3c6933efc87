package org.stek.spreadsheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stek.config.CardType;
import org.stek.config.RatingScale;
import org.stek.config.SiteConfig;
import org.stek.config.Taxonomy;
import org.stek.report.Problems;
import org.stek.report.Suggestions;
import org.stek.schema.CardFields;
import org.stek.schema.Field;
import org.stek.schema.FieldText;

/**
 * Which column holds what. A header is a field's key or its label in Dutch or English (the names
 * the contact form and {@code stek new} show), the body, the file name, or else the heading of a
 * body section; a mapping file ({@link ColumnMap}) decides for any header first.
 */
final class Columns {
  /** One column of the sheet and what it holds. */
  record Column(int index, String header, Target target) {
    String where() {
      return "column " + Sheet.letter(index) + " '" + header + "'";
    }
  }

  private static final List<String> LANGUAGES = List.of("nl", "en");
  private static final List<String> CONTACT_PARTS = List.of("name", "email", "url");

  private final Map<String, Target> byName = new LinkedHashMap<>();

  /** Each normalised name as first written, for "did you mean". */
  private final Map<String, String> written = new HashMap<>();

  private final List<Field> fields;

  Columns(SiteConfig config) {
    this.fields = new CardFields(config).of(CardType.PRACTICE);
    Map<String, FieldText> texts = new HashMap<>();
    for (String lang : LANGUAGES) texts.put(lang, new FieldText(lang));
    for (Field f : fields) {
      // A picture or an attachment is a file beside the card, not a cell.
      if (f.kind() == Field.Kind.IMAGE || f.kind() == Field.Kind.ATTACHMENTS) continue;
      List<String> labels = labels(config, f, texts);
      for (String name : labels) add(name, new Target.FieldValue(f, null));
      add(f.name(), new Target.FieldValue(f, null));
      if (f.kind() == Field.Kind.CONTACT) {
        for (String part : CONTACT_PARTS) {
          Target t = new Target.FieldValue(f, part);
          add(f.name() + " " + part, t);
          for (String lang : LANGUAGES) {
            String partLabel = texts.get(lang).get("contact." + part + ".label");
            for (String label : labels) add(label + " " + partLabel, t);
          }
        }
      }
    }
    add("body", new Target.Body());
    add("slug", new Target.Slug());
    for (String lang : LANGUAGES) {
      add(texts.get(lang).get("form.body.label"), new Target.Body());
      add(texts.get(lang).get("form.filename"), new Target.Slug());
    }
    add("tekst", new Target.Body());
    add("text", new Target.Body());
    add("file name", new Target.Slug());
  }

  private void add(String name, Target t) {
    String n = Names.normal(name);
    byName.putIfAbsent(n, t);
    written.putIfAbsent(n, name);
  }

  private static List<String> labels(SiteConfig config, Field f, Map<String, FieldText> texts) {
    List<String> out = new ArrayList<>();
    for (Taxonomy t : config.taxonomies()) {
      if (!t.field().equals(f.name())) continue;
      for (String lang : LANGUAGES) {
        out.add(t.label().in(lang));
        out.add(t.singular().in(lang));
      }
      out.add(t.key());
      return out;
    }
    for (RatingScale s : config.ratings()) {
      if (!s.key().equals(f.name())) continue;
      for (String lang : LANGUAGES) out.add(s.label().in(lang));
      return out;
    }
    for (String lang : LANGUAGES) out.add(texts.get(lang).get(f.name() + ".label"));
    return out;
  }

  /** The practice fields, in the order a card lists them. */
  List<Field> fields() {
    return fields;
  }

  /** What a name in a mapping file or a header means, or null if it is no field. */
  Target named(String name) {
    return byName.get(Names.normal(name));
  }

  /**
   * What every column holds. A header that is no field becomes a section, unless it is so close to
   * a field's name that it is more likely a typing error: that is an error with the name meant.
   */
  List<Column> of(Sheet sheet, ColumnMap map, Problems problems) {
    List<Column> out = new ArrayList<>();
    Map<String, Column> taken = new HashMap<>();
    for (int i = 0; i < sheet.headers().size(); i++) {
      String header = sheet.headers().get(i).strip().replace('\n', ' ');
      Target t = map.target(header);
      if (t == null && header.isEmpty()) {
        if (hasCells(sheet, i)) {
          problems.warning(
              sheet.file(),
              sheet.headerRow(),
              i + 1,
              "column " + Sheet.letter(i) + " has no header: its cells are left out",
              "give the column a header, such as a field's name");
        }
        continue;
      }
      if (t == null) t = named(header);
      if (t == null) {
        String near = Suggestions.closest(Names.normal(header), byName.keySet());
        if (near != null) {
          problems.error(
              sheet.file(),
              sheet.headerRow(),
              i + 1,
              "column " + Sheet.letter(i) + " '" + header + "' is no field",
              "did you mean '"
                  + written.get(near)
                  + "'? To make it a section of the text, map it in --map");
          continue;
        }
        t = new Target.Section(header);
      }
      Column c = new Column(i, header, t);
      String key = key(t);
      Column first = key == null ? null : taken.putIfAbsent(key, c);
      if (first != null) {
        problems.error(
            sheet.file(),
            sheet.headerRow(),
            i + 1,
            c.where() + " holds the same as " + first.where(),
            "remove one, or map one of them to skip in --map");
        continue;
      }
      out.add(c);
    }
    return out;
  }

  private static String key(Target t) {
    if (t instanceof Target.FieldValue f) return f.key();
    if (t instanceof Target.Section s) return "## " + Names.normal(s.heading());
    if (t instanceof Target.Skip) return null;
    return t.getClass().getSimpleName();
  }

  private static boolean hasCells(Sheet sheet, int column) {
    return sheet.rows().stream().anyMatch(r -> !r.cell(column).isBlank());
  }
}
