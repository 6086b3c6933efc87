package org.stek.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem of a run so that all of them are reported at once. Thread-safe: stages
 * that work in parallel report into the same collector.
 */
public final class Problems {
  private final List<Problem> list = new ArrayList<>();

  public synchronized void add(Problem p) {
    list.add(p);
  }

  public void error(Path file, int line, int column, String message, String hint) {
    add(new Problem(file, line, column, Severity.ERROR, message, hint));
  }

  public void warning(Path file, int line, int column, String message, String hint) {
    add(new Problem(file, line, column, Severity.WARNING, message, hint));
  }

  public synchronized boolean hasErrors() {
    return list.stream().anyMatch(Problem::isError);
  }

  public synchronized long count(Severity severity) {
    return list.stream().filter(p -> p.severity() == severity).count();
  }

  /** All problems in a stable order: by file, line, column. */
  public synchronized List<Problem> sorted() {
    List<Problem> copy = new ArrayList<>(list);
    copy.sort(Problem.ORDER);
    return List.copyOf(copy);
  }
}
