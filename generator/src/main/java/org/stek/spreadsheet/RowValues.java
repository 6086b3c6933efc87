package org.stek.spreadsheet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stek.report.Problems;
import org.stek.schema.Field;

/**
 * What one row says: the value of each field whose cell is filled in (an empty cell says nothing,
 * so an update keeps the card's value), the body, its sections, the file name if given, and the
 * columns of required fields left empty.
 */
record RowValues(
    Sheet.Row row,
    Map<String, Object> fields,
    Map<String, String> contact,
    String body,
    Map<String, String> sections,
    String slug,
    List<Columns.Column> emptyRequired) {

  private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");

  static RowValues of(
      Path file,
      Sheet.Row row,
      List<Columns.Column> columns,
      CellValues values,
      Problems problems) {
    Map<String, Object> fields = new LinkedHashMap<>();
    Map<String, String> contact = new LinkedHashMap<>();
    Map<String, String> sections = new LinkedHashMap<>();
    List<Columns.Column> emptyRequired = new ArrayList<>();
    String body = null;
    String slug = null;
    for (Columns.Column c : columns) {
      String cell = row.cell(c.index());
      CellRef at = new CellRef(file, row.number(), c, problems);
      Target t = c.target();
      if (cell.isBlank()) {
        if (t instanceof Target.FieldValue f && f.field().required()) emptyRequired.add(c);
        continue;
      }
      if (t instanceof Target.Body) body = cell;
      else if (t instanceof Target.Section s) sections.put(s.heading(), cell);
      else if (t instanceof Target.Slug) slug = slug(cell.strip(), at);
      else if (t instanceof Target.FieldValue f && f.field().kind() == Field.Kind.CONTACT) {
        contact(f.part(), cell.strip(), contact, at);
      } else if (t instanceof Target.FieldValue f) {
        Object v = values.value(f.field(), cell, at);
        if (v != null) fields.put(f.field().name(), v);
      }
    }
    return new RowValues(row, fields, contact, body, sections, slug, emptyRequired);
  }

  private static String slug(String cell, CellRef at) {
    String s = cell.endsWith(".md") ? cell.substring(0, cell.length() - 3) : cell;
    if (!s.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      at.error(
          "'" + cell + "' is not a file name",
          "lowercase letters, digits and '-', e.g. " + org.stek.content.Slugs.of(s));
      return null;
    }
    return s;
  }

  /** A contact part, or one cell with a name, an e-mail address and a web address in any order. */
  private static void contact(String part, String cell, Map<String, String> out, CellRef at) {
    if (part == null) {
      String rest = cell;
      Matcher email = CellValues.EMAIL.matcher(rest);
      if (email.find()) {
        out.put("email", email.group());
        rest = rest.substring(0, email.start()) + " " + rest.substring(email.end());
      }
      Matcher url = URL.matcher(rest);
      if (url.find()) {
        out.put("url", url.group());
        rest = rest.substring(0, url.start()) + " " + rest.substring(url.end());
      }
      String name = rest.replaceAll("[<>()\\[\\]]", " ").replaceAll("\\s+", " ").strip();
      name = name.replaceAll("^[,;:\\-–]+|[,;:\\-–]+$", "").strip();
      if (!name.isEmpty()) out.put("name", name);
      return;
    }
    String v = cell.replaceAll("\\s+", " ");
    if (part.equals("email") && !CellValues.EMAIL.matcher(v).matches()) {
      at.error("'" + v + "' is not an e-mail address", "e.g. naam@school.be");
    } else if (part.equals("url") && !URL.matcher(v).matches()) {
      at.error(
          "'" + v + "' is not a web address", "write the full address, starting with https://");
    } else {
      out.put(part, v);
    }
  }

  /** The contact as the card writes it: name, email, url, in that order. */
  Map<String, String> contactInOrder(Map<String, String> kept) {
    Map<String, String> all = new LinkedHashMap<>();
    for (String k : List.of("name", "email", "url")) {
      String v = contact.containsKey(k) ? contact.get(k) : kept.get(k);
      if (v != null) all.put(k, v);
    }
    return all;
  }
}
