package org.stek.report;

import java.nio.file.Path;
import java.util.Comparator;

/**
 * One thing wrong with the content, located so an author can go straight to it.
 *
 * @param file the file as the user named it (relative to the working directory when possible)
 * @param line 1-based line; a problem of the whole file is put on line 1
 * @param column 1-based column; 1 when unknown
 * @param hint what to do about it, or null
 */
public record Problem(
    Path file, int line, int column, Severity severity, String message, String hint) {

  public static final Comparator<Problem> ORDER =
      Comparator.comparing((Problem p) -> p.file().toString())
          .thenComparingInt(Problem::line)
          .thenComparingInt(Problem::column)
          .thenComparing(Problem::message);

  /** Every problem has a position, so every editor and CI annotation can jump to it. */
  public Problem {
    line = Math.max(1, line);
    column = Math.max(1, column);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The compiler-style line: {@code content/practices/x.md:7:10: error: message (hint)}. */
  public String format() {
    StringBuilder s = new StringBuilder(file.toString());
    s.append(':')
        .append(line)
        .append(':')
        .append(column)
        .append(": ")
        .append(severity.label())
        .append(": ")
        .append(message);
    if (hint != null && !hint.isEmpty()) s.append(" (").append(hint).append(')');
    return s.toString();
  }

  @Override
  public String toString() {
    return format();
  }
}
