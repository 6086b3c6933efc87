package org.stek.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Problems as JSON, for {@code stek check --format json} and the preview's error overlay: <code>
 * {"errors": 1, "warnings": 0, "problems": [{"file", "line", "column", "severity", "message",
 * "hint", "text"}]}</code>. {@code line} and {@code column} are 0 when unknown, {@code hint} may be
 * null, {@code text} is the line {@code stek check} prints.
 */
public final class ProblemsJson {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ProblemsJson() {}

  public static ObjectNode of(List<Problem> problems) {
    ObjectNode root = JSON.createObjectNode();
    root.put("errors", problems.stream().filter(Problem::isError).count());
    root.put("warnings", problems.stream().filter(p -> !p.isError()).count());
    ArrayNode list = root.putArray("problems");
    for (Problem p : problems) {
      ObjectNode o = list.addObject();
      o.put("file", p.file().toString().replace('\\', '/'));
      o.put("line", p.line());
      o.put("column", p.column());
      o.put("severity", p.severity().label());
      o.put("message", p.message());
      o.put("hint", p.hint() == null || p.hint().isEmpty() ? null : p.hint());
      o.put("text", p.format());
    }
    return root;
  }

  public static String text(List<Problem> problems) {
    try {
      return JSON.writeValueAsString(of(problems)) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
