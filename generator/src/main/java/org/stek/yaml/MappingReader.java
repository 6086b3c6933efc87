package org.stek.yaml;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.stek.report.Problems;
import org.stek.report.Suggestions;

/**
 * Reads typed fields out of a YAML mapping, reporting every missing, mistyped or unknown field as a
 * problem at its exact position instead of stopping at the first.
 */
public final class MappingReader {
  private final YamlNode.Mapping mapping;
  private final Path file;
  private final Problems problems;
  private final String mappingName;

  /**
   * @param mappingName how the mapping is called in messages, e.g. "front matter"
   */
  public MappingReader(YamlNode.Mapping mapping, Path file, Problems problems, String mappingName) {
    this.mapping = mapping;
    this.file = file;
    this.problems = problems;
    this.mappingName = mappingName;
  }

  public YamlNode.Mapping mapping() {
    return mapping;
  }

  public boolean has(String key) {
    YamlNode n = mapping.get(key);
    return n != null && !(n instanceof YamlNode.Scalar s && s.isNull());
  }

  public YamlNode node(String key) {
    return mapping.get(key);
  }

  public String requiredText(String key) {
    if (!has(key)) {
      missing(key);
      return null;
    }
    return text(key);
  }

  /** Text, or null when absent. Numbers and booleans are refused: a title is never 123. */
  public String text(String key) {
    YamlNode n = mapping.get(key);
    if (n == null || (n instanceof YamlNode.Scalar s && s.isNull())) return null;
    if (n instanceof YamlNode.Scalar s && s.type().equals("string")) {
      String t = s.text().strip();
      if (t.isEmpty()) {
        problems.error(
            file,
            n.line(),
            n.column(),
            "'" + key + "' is empty",
            "write a value or remove the field");
        return null;
      }
      return t;
    }
    wrongType(key, n, "text");
    return null;
  }

  /** Text that may also be written as a plain number or word (years, dates, codes). */
  public String scalar(String key) {
    YamlNode n = mapping.get(key);
    if (n == null || (n instanceof YamlNode.Scalar s && s.isNull())) return null;
    if (n instanceof YamlNode.Scalar s) return s.text().strip();
    wrongType(key, n, "a single value");
    return null;
  }

  public Integer integer(String key) {
    YamlNode n = mapping.get(key);
    if (n == null || (n instanceof YamlNode.Scalar s && s.isNull())) return null;
    if (n instanceof YamlNode.Scalar s && s.type().equals("integer")) {
      try {
        return Integer.valueOf(s.text().strip());
      } catch (NumberFormatException e) {
        // fall through: too large to be meant
      }
    }
    wrongType(key, n, "a whole number");
    return null;
  }

  public Boolean bool(String key) {
    YamlNode n = mapping.get(key);
    if (n == null || (n instanceof YamlNode.Scalar s && s.isNull())) return null;
    if (n instanceof YamlNode.Scalar s && s.type().equals("boolean")) {
      return Boolean.valueOf(s.text().strip());
    }
    wrongType(key, n, "true or false");
    return null;
  }

  /** A list of text items (each kept with its node, for positions). Absent gives an empty list. */
  public List<YamlNode.Scalar> textList(String key) {
    YamlNode n = mapping.get(key);
    if (n == null || (n instanceof YamlNode.Scalar s && s.isNull())) return List.of();
    if (!(n instanceof YamlNode.Sequence seq)) {
      String example =
          n instanceof YamlNode.Scalar s ? key + ": [" + s.text().strip() + "]" : key + ": [a, b]";
      problems.error(
          file,
          n.line(),
          n.column(),
          "'" + key + "' must be a list, found " + n.kindName(),
          "write it as " + example);
      return List.of();
    }
    List<YamlNode.Scalar> out = new ArrayList<>();
    for (YamlNode item : seq.items()) {
      if (item instanceof YamlNode.Scalar s && !s.isNull() && !s.text().isBlank()) {
        out.add(s);
      } else {
        problems.error(
            file,
            item.line(),
            item.column(),
            "each item of '" + key + "' must be a single value, found " + item.kindName(),
            null);
      }
    }
    return out;
  }

  public YamlNode.Mapping mappingField(String key) {
    YamlNode n = mapping.get(key);
    if (n == null || (n instanceof YamlNode.Scalar s && s.isNull())) return null;
    if (n instanceof YamlNode.Mapping m) return m;
    wrongType(key, n, "a mapping (indented 'key: value' lines)");
    return null;
  }

  public List<YamlNode> list(String key) {
    YamlNode n = mapping.get(key);
    if (n == null || (n instanceof YamlNode.Scalar s && s.isNull())) return List.of();
    if (n instanceof YamlNode.Sequence seq) return seq.items();
    wrongType(key, n, "a list");
    return List.of();
  }

  /** Reports every key that is not in {@code known}, with the closest known key as a hint. */
  public void rejectUnknown(Collection<String> known) {
    for (YamlNode.Field f : mapping.fields().values()) {
      if (!known.contains(f.key())) {
        problems.error(
            file,
            f.line(),
            f.column(),
            "unknown field '" + f.key() + "' in " + mappingName,
            Suggestions.didYouMean(f.key(), known));
      }
    }
  }

  public void missing(String key) {
    YamlNode.Field present = mapping.fields().get(key);
    if (present != null) {
      // Written but left empty (as 'stek new' leaves required fields): point at the line.
      problems.error(
          file,
          present.line(),
          present.column(),
          "the required field '" + key + "' is empty in " + mappingName,
          "write its value after '" + key + ":'");
      return;
    }
    problems.error(
        file,
        mapping.line(),
        mapping.column(),
        "missing required field '" + key + "' in " + mappingName,
        "add a line '" + key + ": ...'");
  }

  private void wrongType(String key, YamlNode n, String expected) {
    problems.error(
        file,
        n.line(),
        n.column(),
        "'" + key + "' must be " + expected + ", found " + n.kindName(),
        expected.equals("text") ? "put the value in quotes" : null);
  }
}
