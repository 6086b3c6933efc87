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

  /**
   * Problems as a GitLab code quality report (docs.gitlab.com/ci/testing/code_quality, "code
   * quality report format"): a list of {@code {description, check_name, fingerprint, severity,
   * location: {path, lines: {begin}}}}, errors {@code major}, warnings {@code minor}. GitLab shows
   * them in the merge request; the fingerprint tells one problem from another between runs.
   */
  public static ArrayNode codeQuality(
      List<Problem> problems, java.util.function.Function<Problem, String> path) {
    ArrayNode list = JSON.createArrayNode();
    for (Problem p : problems) {
      ObjectNode o = list.addObject();
      String message =
          p.message() + (p.hint() == null || p.hint().isEmpty() ? "" : " (" + p.hint() + ")");
      o.put("description", message);
      o.put("check_name", "stek-" + p.severity().label());
      o.put(
          "fingerprint",
          fingerprint(path.apply(p) + "\n" + p.line() + "\n" + p.column() + "\n" + message));
      o.put("severity", p.isError() ? "major" : "minor");
      ObjectNode location = o.putObject("location");
      location.put("path", path.apply(p));
      location.putObject("lines").put("begin", Math.max(1, p.line()));
    }
    return list;
  }

  private static String fingerprint(String s) {
    try {
      byte[] d =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(d, 0, 16);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String text(List<Problem> problems) {
    return text(of(problems));
  }

  public static String text(com.fasterxml.jackson.databind.JsonNode json) {
    try {
      return JSON.writeValueAsString(json) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
