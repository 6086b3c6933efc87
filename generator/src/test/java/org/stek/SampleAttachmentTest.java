package org.stek;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The sample's worksheet is a real PDF: its header, its cross-reference table (every offset where
 * its object starts), the trailer's startxref at that table, and one page with the kijkwijzer's
 * text.
 */
class SampleAttachmentTest {
  @Test
  void theKijkwijzerIsAValidOnePagePdf() throws Exception {
    Path pdf = TestSite.REPO.resolve("content/practices/kijkwijzer-hospiteren.pdf");
    String s = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
    assertTrue(s.startsWith("%PDF-1.4\n"));
    assertTrue(s.endsWith("%%EOF\n"));
    Matcher start = Pattern.compile("startxref\n(\\d+)\n%%EOF\n$").matcher(s);
    assertTrue(start.find());
    int xref = Integer.parseInt(start.group(1));
    assertTrue(s.startsWith("xref\n0 ", xref), "startxref points at the table");
    Matcher size = Pattern.compile("xref\n0 (\\d+)\n").matcher(s.substring(xref));
    assertTrue(size.lookingAt());
    int objects = Integer.parseInt(size.group(1));
    String[] entries = s.substring(xref + size.end()).split("\n", objects + 1);
    assertEquals("0000000000 65535 f ", entries[0]);
    for (int i = 1; i < objects; i++) {
      int offset = Integer.parseInt(entries[i].substring(0, 10));
      assertTrue(s.startsWith(i + " 0 obj\n", offset), "object " + i + " at " + offset);
    }
    assertTrue(s.contains("/Type /Pages /Kids [3 0 R] /Count 1"));
    Matcher length = Pattern.compile("/Length (\\d+) >>\nstream\n").matcher(s);
    assertTrue(length.find());
    int from = length.end();
    assertTrue(s.startsWith("\nendstream", from + Integer.parseInt(length.group(1))), "/Length");
    assertTrue(s.contains("(Kijkwijzer voor een klasbezoek) Tj"));
  }
}
