package org.stek.spreadsheet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.stek.config.Section;

/**
 * A card's text from imported values: front matter in the order of the card's fields, then the
 * body. Each field's lines are made on their own, so an update can put them in place of the old.
 */
final class CardText {
  private CardText() {}

  static String card(List<String> order, Map<String, Object> values, String body) {
    StringBuilder s = new StringBuilder("---\n");
    for (String key : order) if (values.containsKey(key)) s.append(entry(key, values.get(key)));
    s.append("---\n");
    return s.append(body).toString();
  }

  /** The YAML lines of one field, each ending in a line break. */
  @SuppressWarnings("unchecked")
  static String entry(String key, Object value) {
    if (value instanceof Map<?, ?> m) {
      StringBuilder s = new StringBuilder(key).append(":\n");
      ((Map<String, String>) m)
          .forEach((k, v) -> s.append("  ").append(k).append(": ").append(quote(v)).append('\n'));
      return s.toString();
    }
    if (value instanceof List<?> list
        && !list.isEmpty()
        && list.get(0) instanceof CellValues.Link) {
      StringBuilder s = new StringBuilder(key).append(":\n");
      for (Object o : list) {
        CellValues.Link l = (CellValues.Link) o;
        s.append("  - title: ").append(quote(l.title())).append('\n');
        s.append("    url: ").append(quote(l.url())).append('\n');
      }
      return s.toString();
    }
    return key + ": " + scalar(value) + "\n";
  }

  private static String scalar(Object value) {
    if (value instanceof List<?> list) {
      StringBuilder s = new StringBuilder("[");
      for (Object o : list) {
        if (s.length() > 1) s.append(", ");
        s.append(quoteIfNeeded(o.toString()));
      }
      return s.append(']').toString();
    }
    if (value instanceof String str) return quote(str);
    if (value instanceof LocalDate || value instanceof Integer || value instanceof Boolean) {
      return value.toString();
    }
    throw new IllegalArgumentException("no YAML for " + value.getClass());
  }

  /** Taxonomy keys are plain words; anything else is quoted. */
  private static String quoteIfNeeded(String s) {
    return s.matches("[a-z0-9][a-z0-9-]*") ? s : quote(s);
  }

  /** A YAML double-quoted string. */
  static String quote(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '"' -> out.append("\\\"");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        default -> {
          if (c < 0x20) out.append(String.format("\\x%02x", (int) c));
          else out.append(c);
        }
      }
    }
    return out.append('"').toString();
  }

  /** A body from the body column and the sections, each cell's lines made Markdown paragraphs. */
  static String body(String text, Map<String, String> sections) {
    return body(text, sections, List.of());
  }

  /**
   * The same, with the sections in the order {@code site.yaml} declares them, wherever they were
   * written: a sheet may hold some sections in the text column and others in their own columns, and
   * {@code stek check} warns about sections out of order.
   */
  static String body(String text, Map<String, String> sections, List<Section> declared) {
    List<String> parts = new ArrayList<>();
    if (text != null && !text.isBlank()) parts.addAll(split(markdown(text)));
    sections.forEach((heading, cell) -> parts.add("## " + heading + "\n\n" + markdown(cell)));
    List<Integer> rank = new ArrayList<>();
    int last = -1;
    for (String part : parts) {
      int r = part.startsWith("## ") ? declaredIndex(part, declared) : -1;
      last = r >= 0 ? r : last;
      rank.add(part.startsWith("## ") ? last : -1);
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) order.add(i);
    order.sort(Comparator.comparing(rank::get));
    StringBuilder s = new StringBuilder();
    for (int i : order) {
      if (s.length() > 0) s.append('\n');
      s.append(parts.get(i));
    }
    return s.toString();
  }

  /** Markdown cut before each {@code ## } heading: the text before the first, then each section. */
  private static List<String> split(String markdown) {
    List<String> parts = new ArrayList<>();
    StringBuilder part = new StringBuilder();
    for (String line : markdown.split("\n", -1)) {
      if (line.startsWith("## ") && part.length() > 0) {
        parts.add(part.toString().stripTrailing() + "\n");
        part.setLength(0);
      }
      part.append(line).append('\n');
    }
    String rest = part.toString().stripTrailing();
    if (!rest.isEmpty()) parts.add(rest + "\n");
    return parts;
  }

  private static int declaredIndex(String part, List<Section> declared) {
    String heading = part.substring(3, part.indexOf('\n'));
    for (int i = 0; i < declared.size(); i++) if (declared.get(i).isHeading(heading)) return i;
    return -1;
  }

  /**
   * A cell's text as Markdown. In a cell one line break starts a new paragraph (that is what the
   * author saw), so lines become paragraphs, except list items and table rows, which stay together.
   */
  static String markdown(String cell) {
    String[] lines = cell.strip().split("\n");
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].stripTrailing();
      s.append(line).append('\n');
      if (i + 1 < lines.length) {
        String next = lines[i + 1].strip();
        if (!line.isBlank() && !next.isEmpty() && !(together(line) && together(next))) {
          s.append('\n');
        }
      }
    }
    return s.toString();
  }

  private static boolean together(String line) {
    String l = line.strip();
    return l.matches("([-*+]|\\d+[.)])\\s.*") || l.startsWith("|");
  }
}
