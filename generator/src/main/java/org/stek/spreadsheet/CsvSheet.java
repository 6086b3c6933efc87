package org.stek.spreadsheet;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as spreadsheet programs write it. Excel's Dutch "CSV (puntkomma)" uses ';' and
 * Windows-1252, its "CSV UTF-8" a byte-order mark, LibreOffice what the user picked: so the
 * encoding and the delimiter are detected rather than asked for.
 */
final class CsvSheet {
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private CsvSheet() {}

  static Sheet read(Path file) throws IOException {
    String text = decode(Files.readAllBytes(file));
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(delimiter(text))
            .setIgnoreEmptyLines(false)
            .build();
    List<String> headers = null;
    List<Sheet.Row> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      for (CSVRecord r : parser) {
        // The record number is the spreadsheet's row: a cell with line breaks is still one row.
        int number = (int) r.getRecordNumber();
        List<String> cells = r.toList().stream().map(CsvSheet::lines).toList();
        if (headers == null) headers = cells;
        else rows.add(new Sheet.Row(number, cells));
      }
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
    return new Sheet(file, 1, headers == null ? List.of() : headers, rows);
  }

  /** UTF-8 (with or without a BOM) when the bytes are valid UTF-8, else Windows-1252. */
  static String decode(byte[] bytes) {
    try {
      String s =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (CharacterCodingException e) {
      return new String(bytes, WINDOWS_1252);
    }
  }

  /** The one of ';', ',' and tab that the header line (outside quotes) uses most. */
  static char delimiter(String text) {
    int semicolons = 0;
    int commas = 0;
    int tabs = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') quoted = !quoted;
      else if (!quoted && (c == '\n' || c == '\r')) break;
      else if (!quoted && c == ';') semicolons++;
      else if (!quoted && c == ',') commas++;
      else if (!quoted && c == '\t') tabs++;
    }
    if (tabs > semicolons && tabs > commas) return '\t';
    return semicolons >= commas && semicolons > 0 ? ';' : ',';
  }

  private static String lines(String cell) {
    return cell.replace("\r\n", "\n").replace('\r', '\n');
  }
}
