package org.stek.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which entries of the previous zip a new zip takes as they are: only a deflated entry of the same
 * name and length, and without reading the file only when the caller says it is unchanged.
 */
class PreviousZipTest {
  private static final String ZIP = "download/kb.zip";

  @TempDir Path dir;

  Path previous;
  Path site;

  @BeforeEach
  void folders() {
    previous = dir.resolve("previous");
    site = dir.resolve("site");
  }

  @Test
  void aFileTheCallerCallsUnchangedIsTakenFromThePreviousZipUnread() throws IOException {
    previousZip(ZipEntry.DEFLATED, "kb/a.txt", "old text");
    write("a.txt", "new text");
    assertEquals("old text", zipped("kb/a.txt", u -> u.equals("a.txt")), "trusted, not read");
    assertEquals("new text", zipped("kb/a.txt", u -> false), "read: its CRC differs");
  }

  @Test
  void anEntryOfAnotherLengthIsNeverTaken() throws IOException {
    previousZip(ZipEntry.DEFLATED, "kb/a.txt", "old");
    write("a.txt", "new text");
    assertEquals("new text", zipped("kb/a.txt", u -> true));
  }

  /** A stored entry's bytes are not deflated bytes: copying them raw would break the zip. */
  @Test
  void aStoredEntryIsNeverTaken() throws IOException {
    previousZip(ZipEntry.STORED, "kb/a.txt", "same text");
    write("a.txt", "same text");
    assertEquals("same text", zipped("kb/a.txt", u -> true));
    assertEquals("same text", zipped("kb/a.txt", u -> false));
  }

  @Test
  void aPreviousZipThatIsNoZipIsIgnored() throws IOException {
    Files.createDirectories(previous.resolve("download"));
    Files.writeString(previous.resolve(ZIP), "not a zip");
    write("a.txt", "text");
    assertEquals("text", zipped("kb/a.txt", u -> true));
  }

  @Test
  void neitherTheNotFoundPageNorStekMarkerNorTheDownloadFolderIsZipped() throws IOException {
    write("404.html", "<p>not found</p>");
    write(OutputGuard.MARKER, "");
    write("practices/404.html", "<p>a card called 404</p>");
    write("a.txt", "text");
    write("download.html", "<p>not in download/</p>");
    SiteArchive.write(site, ZIP, previous, u -> false);
    List<String> names = new ArrayList<>();
    try (ZipFile f = ZipFile.builder().setPath(site.resolve(ZIP)).get()) {
      for (ZipArchiveEntry e : Collections.list(f.getEntries())) names.add(e.getName());
    }
    assertEquals(List.of("kb/a.txt", "kb/download.html", "kb/practices/404.html"), names);
  }

  void write(String url, String text) throws IOException {
    Path f = site.resolve(url);
    Files.createDirectories(f.getParent());
    Files.writeString(f, text);
  }

  /** A previous site whose zip holds one entry, deflated or stored, with {@code text}. */
  void previousZip(int method, String name, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    Files.createDirectories(previous.resolve("download"));
    try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(previous.resolve(ZIP).toFile())) {
      ZipArchiveEntry e = new ZipArchiveEntry(name);
      CRC32 crc = new CRC32();
      crc.update(bytes);
      e.setMethod(method);
      e.setSize(bytes.length);
      e.setCrc(crc.getValue());
      byte[] raw = method == ZipEntry.STORED ? bytes : deflated(bytes);
      e.setCompressedSize(raw.length);
      zip.addRawArchiveEntry(e, new ByteArrayInputStream(raw));
    }
  }

  /** Zips the site against the previous one; returns the text of entry {@code name}. */
  String zipped(String name, Predicate<String> unchanged) throws IOException {
    SiteArchive.write(site, ZIP, previous, unchanged);
    try (ZipFile f = ZipFile.builder().setPath(site.resolve(ZIP)).get();
        InputStream in = f.getInputStream(f.getEntry(name))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static byte[] deflated(byte[] bytes) throws IOException {
    return deflated(bytes, bytes.length);
  }

  static byte[] deflated(byte[] bytes, long sizeHint) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (var d = SiteArchive.deflater(out, sizeHint)) {
      d.write(bytes);
    }
    return out.toByteArray();
  }

  @Test
  void theDeflatedBytesDoNotDependOnTheBufferSize() throws IOException {
    // The zip stays byte-identical whatever buffer a file's size gives its deflater.
    StringBuilder page = new StringBuilder();
    for (int i = 0; page.length() < 300_000; i++) page.append("<p>Alinea ").append(i * 7919 % 1000);
    byte[] bytes = page.toString().getBytes(StandardCharsets.UTF_8);
    byte[] big = deflated(bytes, 1 << 16);
    for (long hint : new long[] {1, 600, 4096, bytes.length})
      assertArrayEquals(big, deflated(bytes, hint), "buffer for " + hint);
  }
}
