package org.stek.yaml;

import java.util.List;
import java.util.Map;

/** A YAML value with the 1-based line and column where it starts in the source. */
public sealed interface YamlNode {
  int line();

  int column();

  /** A short name of the node's kind, for "expected X, found Y" messages. */
  String kindName();

  /**
   * A scalar as written. {@code plain} is false for quoted scalars; type is the YAML core-schema
   * type Jackson resolved: string, integer, number, boolean or null.
   */
  record Scalar(String text, String type, int line, int column) implements YamlNode {
    public boolean isNull() {
      return type.equals("null");
    }

    @Override
    public String kindName() {
      return switch (type) {
        case "integer", "number" -> "a number";
        case "boolean" -> "true/false";
        case "null" -> "nothing";
        default -> "text";
      };
    }
  }

  record Sequence(List<YamlNode> items, int line, int column) implements YamlNode {
    @Override
    public String kindName() {
      return "a list";
    }
  }

  /** A mapping keeps its keys in source order, each with its own position. */
  record Mapping(Map<String, Field> fields, int line, int column) implements YamlNode {
    public YamlNode get(String key) {
      Field f = fields.get(key);
      return f == null ? null : f.value();
    }

    @Override
    public String kindName() {
      return "a mapping";
    }
  }

  record Field(String key, int line, int column, YamlNode value) {}
}
