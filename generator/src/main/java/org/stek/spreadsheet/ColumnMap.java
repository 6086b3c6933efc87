package org.stek.spreadsheet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.stek.report.Problems;
import org.stek.report.Suggestions;
import org.stek.yaml.YamlException;
import org.stek.yaml.YamlNode;
import org.stek.yaml.YamlReader;

/**
 * The {@code --map} file: for headers Stek does not know, what their column holds. One line per
 * header, {@code "Naam van het project": title}; the value is a field's key or label, {@code body},
 * {@code slug}, {@code skip}, or {@code "## Heading"} for a section of the text.
 */
final class ColumnMap {
  static final ColumnMap NONE = new ColumnMap(Map.of());

  private final Map<String, Target> byHeader;

  private ColumnMap(Map<String, Target> byHeader) {
    this.byHeader = byHeader;
  }

  Target target(String header) {
    return byHeader.get(Names.normal(header));
  }

  /** Reads the file; a problem in it is reported at its line and column and that line ignored. */
  static ColumnMap read(Path file, Columns columns, Problems problems) throws IOException {
    YamlNode node;
    try {
      node = YamlReader.read(Files.readString(file, StandardCharsets.UTF_8), 0);
    } catch (YamlException e) {
      problems.error(file, e.line(), e.column(), e.getMessage(), e.hint());
      return NONE;
    }
    if (node == null) return NONE;
    if (!(node instanceof YamlNode.Mapping m)) {
      problems.error(
          file,
          node.line(),
          node.column(),
          "a mapping file has one line per header, found " + node.kindName(),
          "write e.g. \"Naam van het project\": title");
      return NONE;
    }
    Map<String, Target> out = new HashMap<>();
    for (YamlNode.Field f : m.fields().values()) {
      if (!(f.value() instanceof YamlNode.Scalar s) || s.isNull()) {
        problems.error(
            file,
            f.line(),
            f.column(),
            "'" + f.key() + "' is mapped to " + f.value().kindName(),
            "write a field's name, body, slug, skip or \"## Heading\" after the colon");
        continue;
      }
      String to = s.text().strip();
      Target t;
      if (to.startsWith("#")) t = new Target.Section(to.replaceFirst("^#+", "").strip());
      else if (Names.normal(to).equals("skip")) t = new Target.Skip();
      else t = columns.named(to);
      if (t == null) {
        problems.error(
            file,
            s.line(),
            s.column(),
            "'" + f.key() + "' is mapped to '" + to + "', which is no field",
            Suggestions.didYouMean(to, columns.fields().stream().map(x -> x.name()).toList()));
        continue;
      }
      out.put(Names.normal(f.key()), t);
    }
    return new ColumnMap(out);
  }
}
