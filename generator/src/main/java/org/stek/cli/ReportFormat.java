package org.stek.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.stek.report.Problem;
import org.stek.report.ProblemsJson;

/**
 * How {@code stek check} prints problems: {@code text} (compiler-style lines, coloured on a
 * terminal), {@code json} (see {@link ProblemsJson}) or {@code github} (workflow commands that
 * GitHub Actions shows as annotations on the changed files) or {@code gitlab} (a code quality
 * report that GitLab shows in the merge request, with the text lines on stderr for the job's log).
 */
enum ReportFormat {
  TEXT,
  JSON,
  GITHUB,
  GITLAB;

  private static final String RED = "\u001b[1;31m";
  private static final String YELLOW = "\u001b[1;33m";
  private static final String BOLD = "\u001b[1m";
  private static final String RESET = "\u001b[0m";

  /** The format asked for, else github inside GitHub Actions, else text. */
  static ReportFormat choose(ReportFormat asked, Map<String, String> env) {
    if (asked != null) return asked;
    return "true".equals(env.get("GITHUB_ACTIONS")) ? GITHUB : TEXT;
  }

  /** Colour only for a person at a terminal who has not asked for none (no-color.org). */
  static boolean colour(boolean terminal, Map<String, String> env) {
    String noColor = env.get("NO_COLOR");
    return terminal && (noColor == null || noColor.isEmpty()) && !"dumb".equals(env.get("TERM"));
  }

  /**
   * Prints the problems: text to {@code err} (as build does), json, github and gitlab to {@code
   * out}, so that a pipe gets only the machine-readable part.
   */
  void print(List<Problem> problems, boolean colour, PrintWriter out, PrintWriter err) {
    switch (this) {
      case TEXT -> problems.forEach(p -> err.println(colour ? coloured(p) : p.format()));
      case JSON -> out.print(ProblemsJson.text(problems));
      case GITHUB -> problems.forEach(p -> out.println(github(p)));
      case GITLAB -> {
        problems.forEach(p -> err.println(p.format()));
        out.print(
            ProblemsJson.text(ProblemsJson.codeQuality(problems, p -> workspacePath(p.file()))));
      }
    }
    out.flush();
    err.flush();
  }

  static String coloured(Problem p) {
    String plain = p.format();
    String where = plain.substring(0, plain.indexOf(": " + p.severity().label() + ": "));
    String rest = plain.substring(where.length() + 2 + p.severity().label().length() + 1);
    String c = p.isError() ? RED : YELLOW;
    return BOLD + where + RESET + ": " + c + p.severity().label() + ":" + RESET + rest;
  }

  /** {@code ::error file=F,line=L,col=C::message (hint)}, escaped as the runner expects. */
  static String github(Problem p) {
    StringBuilder s = new StringBuilder("::").append(p.severity().label());
    s.append(" file=").append(escapeProperty(workspacePath(p.file())));
    if (p.line() > 0) {
      s.append(",line=").append(p.line());
      if (p.column() > 0) s.append(",col=").append(p.column());
    }
    String message = p.message();
    if (p.hint() != null && !p.hint().isEmpty()) message += " (" + p.hint() + ")";
    return s.append("::").append(escapeData(message)).toString();
  }

  /** GitHub matches annotations to files by their path in the checkout: the working directory. */
  static String workspacePath(java.nio.file.Path file) {
    java.nio.file.Path cwd = java.nio.file.Path.of("").toAbsolutePath();
    java.nio.file.Path f = file.isAbsolute() ? file.normalize() : file;
    if (f.isAbsolute() && f.startsWith(cwd)) f = cwd.relativize(f);
    return f.toString().replace('\\', '/');
  }

  private static String escapeData(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  private static String escapeProperty(String s) {
    return escapeData(s).replace(":", "%3A").replace(",", "%2C");
  }
}
