package org.stek.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Streams YAML through Jackson into {@link YamlNode}s. Streaming (rather than Jackson's tree model)
 * is what keeps the position of every key and value, and lets us report duplicate keys ourselves.
 */
public final class YamlReader {
  /** Deeper nesting than this is never a practice card; refuse before it costs stack. */
  static final int MAX_DEPTH = 32;

  private static final YAMLFactory FACTORY = createFactory();

  private YamlReader() {}

  private static YAMLFactory createFactory() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(10);
    options.setNestingDepthLimit(MAX_DEPTH * 2);
    options.setCodePointLimit(16 * 1024 * 1024);
    options.setAllowDuplicateKeys(true); // we report duplicates with both positions
    return YAMLFactory.builder()
        // 'key:' with nothing after it is null in YAML, not ""; a quoted '' stays empty text.
        .enable(com.fasterxml.jackson.dataformat.yaml.YAMLParser.Feature.EMPTY_STRING_AS_NULL)
        .loaderOptions(options)
        .streamReadConstraints(
            StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH * 2).build())
        .build();
  }

  /**
   * Reads one YAML document. Empty input gives null.
   *
   * @param lineOffset added to every line, for YAML that starts further down a file
   */
  public static YamlNode read(String yaml, int lineOffset) throws YamlException {
    try (JsonParser p = FACTORY.createParser(yaml)) {
      JsonToken first = p.nextToken();
      if (first == null) return null;
      YamlNode node = readValue(p, lineOffset, 0);
      return node;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      int line = at == null || at.getLineNr() < 1 ? 0 : at.getLineNr() + lineOffset;
      int col = at == null || at.getColumnNr() < 1 ? 0 : at.getColumnNr();
      // SnakeYAML knows where the problem itself is; Jackson reports where the construct began.
      if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException m
          && m.getProblemMark() != null) {
        line = m.getProblemMark().getLine() + 1 + lineOffset;
        col = m.getProblemMark().getColumn() + 1;
      }
      throw new YamlException(describe(e), line, col, hintFor(e));
    } catch (IOException | RuntimeException e) {
      // SnakeYAML limits (aliases, depth, size) surface as runtime exceptions.
      throw new YamlException("YAML cannot be read: " + firstLine(e.getMessage()), 0, 0, null);
    } catch (StackOverflowError e) {
      throw new YamlException("YAML is nested too deeply", 0, 0, "keep front matter flat");
    }
  }

  private static YamlNode readValue(JsonParser p, int lineOffset, int depth)
      throws IOException, YamlException {
    JsonLocation loc = p.currentTokenLocation();
    int line = loc.getLineNr() + lineOffset;
    int col = loc.getColumnNr();
    if (depth > MAX_DEPTH) {
      throw new YamlException("YAML is nested too deeply", line, col, "keep front matter flat");
    }
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT -> {
        Map<String, YamlNode.Field> fields = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          JsonLocation kl = p.currentTokenLocation();
          String key = p.currentName();
          int kLine = kl.getLineNr() + lineOffset;
          int kCol = kl.getColumnNr();
          p.nextToken();
          YamlNode value = readValue(p, lineOffset, depth + 1);
          YamlNode.Field earlier = fields.get(key);
          if (earlier != null) {
            throw new YamlException(
                "duplicate key '" + key + "'",
                kLine,
                kCol,
                "it is already set on line " + earlier.line() + "; keep one");
          }
          fields.put(key, new YamlNode.Field(key, kLine, kCol, value));
        }
        return new YamlNode.Mapping(fields, line, col);
      }
      case START_ARRAY -> {
        List<YamlNode> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          items.add(readValue(p, lineOffset, depth + 1));
        }
        return new YamlNode.Sequence(List.copyOf(items), line, col);
      }
      case VALUE_STRING -> {
        return new YamlNode.Scalar(p.getText(), "string", line, col);
      }
      case VALUE_NUMBER_INT -> {
        return new YamlNode.Scalar(p.getText(), "integer", line, col);
      }
      case VALUE_NUMBER_FLOAT -> {
        return new YamlNode.Scalar(p.getText(), "number", line, col);
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return new YamlNode.Scalar(p.getText(), "boolean", line, col);
      }
      case VALUE_NULL -> {
        return new YamlNode.Scalar("", "null", line, col);
      }
      default -> throw new YamlException("unexpected YAML token " + t, line, col, null);
    }
  }

  /** SnakeYAML's message without its position lines (we give the position ourselves). */
  private static String describe(JsonProcessingException e) {
    StringBuilder m = new StringBuilder();
    for (String line : String.valueOf(e.getOriginalMessage()).split("\n")) {
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("in 'reader'") || t.startsWith("^") || t.startsWith("at ["))
        break;
      if (m.length() > 0) m.append("; ");
      m.append(t.replace("\\t(TAB)", "tab"));
    }
    return "invalid YAML: " + (m.length() == 0 ? "unknown error" : m);
  }

  private static String hintFor(JsonProcessingException e) {
    String m = String.valueOf(e.getOriginalMessage());
    if (m.contains("\\t") || m.contains("tab")) return "indent with spaces, not tabs";
    if (m.contains("mapping values are not allowed"))
      return "put quotes around a value that contains ': '";
    return "check indentation and quotes";
  }

  private static String firstLine(String s) {
    if (s == null) return "unknown error";
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).trim();
  }
}
