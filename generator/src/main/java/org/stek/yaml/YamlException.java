package org.stek.yaml;

/** YAML that cannot be read, with the position the parser stopped at (1-based; 0 if unknown). */
public final class YamlException extends Exception {
  private final int line;
  private final int column;
  private final String hint;

  public YamlException(String message, int line, int column, String hint) {
    super(message);
    this.line = line;
    this.column = column;
    this.hint = hint;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  public String hint() {
    return hint;
  }
}
