package org.stek.spreadsheet;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.stek.report.Problems;
import org.stek.report.Suggestions;

/**
 * One sheet of an .xlsx workbook (FastExcel's streaming reader). Every cell becomes its text; a
 * number stays as Excel stores it, so a date cell arrives as its day number, which {@link
 * CellValues} turns back into a date.
 */
final class XlsxSheet {
  private XlsxSheet() {}

  /**
   * @param sheetName the sheet to read, or null for the first
   * @return the sheet, or null (with a problem) when there is no such sheet
   */
  static Sheet read(Path file, String sheetName, Problems problems) throws IOException {
    try (ReadableWorkbook book = new ReadableWorkbook(file.toFile())) {
      Optional<org.dhatim.fastexcel.reader.Sheet> sheet =
          sheetName == null ? Optional.of(book.getFirstSheet()) : book.findSheet(sheetName);
      if (sheet.isEmpty()) {
        List<String> names = book.getSheets().map(s -> s.getName()).toList();
        problems.error(
            file,
            1,
            1,
            "the workbook has no sheet '" + sheetName + "'",
            Suggestions.didYouMean(sheetName, names));
        return null;
      }
      List<String> headers = null;
      int headerRow = 1;
      List<Sheet.Row> rows = new ArrayList<>();
      try (var stream = sheet.get().openStream()) {
        for (Row r : (Iterable<Row>) stream::iterator) {
          List<String> cells = new ArrayList<>();
          for (int i = 0; i < r.getCellCount(); i++) cells.add(text(r.getCell(i)));
          // The header is the first row with anything in it; rows above it are a title or empty.
          if (headers == null) {
            if (cells.stream().allMatch(String::isBlank)) continue;
            headers = cells;
            headerRow = r.getRowNum();
          } else {
            rows.add(new Sheet.Row(r.getRowNum(), cells));
          }
        }
      }
      return new Sheet(file, headerRow, headers == null ? List.of() : headers, rows);
    } catch (org.dhatim.fastexcel.reader.ExcelReaderException e) {
      throw new IOException("cannot read " + file + " as .xlsx: " + e.getMessage(), e);
    }
  }

  private static String text(Cell c) {
    if (c == null || c.getType() == CellType.EMPTY) return "";
    if (c.getType() == CellType.NUMBER) {
      BigDecimal n = c.asNumber();
      return n.stripTrailingZeros().scale() <= 0
          ? n.toBigInteger().toString()
          : n.stripTrailingZeros().toPlainString();
    }
    if (c.getType() == CellType.BOOLEAN)
      return Boolean.TRUE.equals(c.asBoolean()) ? "true" : "false";
    String s = c.getText();
    return s == null ? "" : s.replace("\r\n", "\n").replace('\r', '\n');
  }
}
