package org.stek.spreadsheet;

import java.nio.file.Path;
import org.stek.report.Problems;

/**
 * Where a cell is, for its problems: the file, the spreadsheet's row as the line, the column's
 * number as the column, and its letter and header in the message.
 */
record CellRef(Path file, int row, Columns.Column column, Problems problems) {
  void error(String message, String hint) {
    problems.error(file, row, column.index() + 1, column.where() + ": " + message, hint);
  }

  void warning(String message, String hint) {
    problems.warning(file, row, column.index() + 1, column.where() + ": " + message, hint);
  }
}
