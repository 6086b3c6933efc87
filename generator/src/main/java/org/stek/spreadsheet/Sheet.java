package org.stek.spreadsheet;

import java.nio.file.Path;
import java.util.List;

/**
 * A spreadsheet as text: the header row and the rows below it, each with the row number the
 * spreadsheet program shows, so a problem points at the row the author sees.
 */
record Sheet(Path file, int headerRow, List<String> headers, List<Row> rows) {
  Sheet {
    headers = List.copyOf(headers);
    rows = List.copyOf(rows);
  }

  /** One row: its number as shown in the spreadsheet, and its cells from column A on. */
  record Row(int number, List<String> cells) {
    Row {
      cells = List.copyOf(cells);
    }

    String cell(int column) {
      return column < cells.size() ? cells.get(column) : "";
    }

    boolean isEmpty() {
      return cells.stream().allMatch(String::isBlank);
    }
  }

  /** The spreadsheet's name of a 0-based column: A, B, ..., Z, AA, AB, ... */
  static String letter(int column) {
    StringBuilder s = new StringBuilder();
    for (int n = column + 1; n > 0; n = (n - 1) / 26) s.insert(0, (char) ('A' + (n - 1) % 26));
    return s.toString();
  }
}
