package org.stek.spreadsheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stek.yaml.YamlException;
import org.stek.yaml.YamlNode;
import org.stek.yaml.YamlReader;

/**
 * An existing card with some fields changed: each changed field's lines are replaced where they
 * stand, a field the card did not have is added after the last one, and every other line (other
 * fields, comments, the order, the body) stays as it was. A body column replaces the body; a
 * section column replaces only its own {@code ## heading} and the text under it.
 */
final class CardUpdate {
  private final List<String> lines;
  private final int close;
  private final YamlNode.Mapping front;

  private CardUpdate(List<String> lines, int close, YamlNode.Mapping front) {
    this.lines = lines;
    this.close = close;
    this.front = front;
  }

  /**
   * @return the card, or null when its front matter cannot be read (then {@code stek check} says
   *     why, and the import leaves the file alone)
   */
  static CardUpdate of(String text) {
    if (text.startsWith("\uFEFF")) text = text.substring(1);
    List<String> lines = new ArrayList<>(Arrays.asList(text.replace("\r\n", "\n").split("\n", -1)));
    if (lines.isEmpty() || !lines.get(0).strip().equals("---")) return null;
    int close = -1;
    for (int i = 1; i < lines.size() && close < 0; i++)
      if (lines.get(i).strip().equals("---")) close = i;
    if (close < 0) return null;
    try {
      YamlNode n = YamlReader.read(String.join("\n", lines.subList(1, close)), 1);
      if (n == null) return new CardUpdate(lines, close, new YamlNode.Mapping(Map.of(), 1, 1));
      return n instanceof YamlNode.Mapping m ? new CardUpdate(lines, close, m) : null;
    } catch (YamlException e) {
      return null;
    }
  }

  /** The text of a scalar field of a mapping field ({@code contact.email}), or null. */
  String scalar(String field, String key) {
    if (front.get(field) instanceof YamlNode.Mapping m
        && m.get(key) instanceof YamlNode.Scalar s
        && !s.isNull()) {
      return s.text();
    }
    return null;
  }

  /** The card with {@code entries} (field → its YAML lines) and the body or sections in place. */
  String with(Map<String, String> entries, String body, Map<String, String> sections) {
    // Each field's lines run from its key to the next key, without the comments above the next.
    List<YamlNode.Field> keys = new ArrayList<>(front.fields().values());
    keys.sort((a, b) -> Integer.compare(a.line(), b.line()));
    Map<Integer, String> replace = new LinkedHashMap<>(); // first line (0-based) → new lines
    Map<Integer, Integer> ends = new LinkedHashMap<>();
    int lastEnd = 1;
    for (int i = 0; i < keys.size(); i++) {
      int start = keys.get(i).line() - 1;
      int end = i + 1 < keys.size() ? keys.get(i + 1).line() - 1 : close;
      while (end - 1 > start && isCommentOrBlank(lines.get(end - 1))) end--;
      lastEnd = end;
      String entry = entries.get(keys.get(i).key());
      if (entry != null) {
        replace.put(start, entry);
        ends.put(start, end);
      }
    }
    StringBuilder added = new StringBuilder();
    entries.forEach(
        (k, v) -> {
          if (front.get(k) == null && !front.fields().containsKey(k)) added.append(v);
        });
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < close; i++) {
      if (i == lastEnd) out.append(added);
      String r = replace.get(i);
      if (r != null) {
        out.append(r);
        i = ends.get(i) - 1;
        continue;
      }
      out.append(lines.get(i)).append('\n');
    }
    if (close == lastEnd) out.append(added);
    out.append(lines.get(close)).append('\n');
    String oldBody = String.join("\n", lines.subList(close + 1, lines.size()));
    return out.append(body != null ? CardText.body(body, sections) : sections(oldBody, sections))
        .toString();
  }

  private static boolean isCommentOrBlank(String line) {
    String l = line.strip();
    return l.isEmpty() || l.startsWith("#");
  }

  /** The old body with each given section's text replaced, or the section added at the end. */
  static String sections(String body, Map<String, String> sections) {
    List<String> lines = new ArrayList<>(Arrays.asList(body.split("\n", -1)));
    Map<String, String> rest = new LinkedHashMap<>();
    sections.forEach(
        (heading, cell) -> {
          int at = -1;
          for (int i = 0; i < lines.size() && at < 0; i++) {
            String l = lines.get(i);
            if (l.startsWith("## ") && Names.normal(l.substring(3)).equals(Names.normal(heading)))
              at = i;
          }
          if (at < 0) {
            rest.put(heading, cell);
            return;
          }
          int end = at + 1;
          while (end < lines.size() && !lines.get(end).startsWith("## ")) end++;
          List<String> block = new ArrayList<>();
          block.add("");
          block.addAll(CardText.markdown(cell).lines().toList());
          if (end < lines.size()) block.add("");
          lines.subList(at + 1, end).clear();
          lines.addAll(at + 1, block);
        });
    String out = String.join("\n", lines);
    if (!rest.isEmpty()) {
      out = out.stripTrailing() + "\n\n" + CardText.body(null, rest);
    } else if (!out.endsWith("\n")) {
      out += "\n";
    }
    return out;
  }
}
