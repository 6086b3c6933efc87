package org.stek.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The offline zip: entries deflated in pieces around the size label inflate to the page with the
 * label in place, whatever the label; the size the pages name is the zip's; big files are streamed.
 */
class SiteArchiveTest {
  @TempDir Path dir;

  private static byte[] text(int length, long seed) {
    Random r = new Random(seed);
    String[] words = {"leerkrachten ", "ouders ", "school ", "coördinator ", "meertaligheid\n"};
    StringBuilder b = new StringBuilder();
    while (b.length() < length) b.append(words[r.nextInt(words.length)]);
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void theCrcOfTwoRunsComesFromTheirCrcs() {
    Random r = new Random(11);
    for (int i = 0; i < 200; i++) {
      byte[] a = new byte[r.nextInt(3) == 0 ? 0 : r.nextInt(5000)];
      byte[] b = new byte[r.nextInt(3) == 0 ? 0 : r.nextInt(70_000)];
      r.nextBytes(a);
      r.nextBytes(b);
      CRC32 whole = new CRC32();
      whole.update(a);
      whole.update(b);
      assertEquals(whole.getValue(), Crc32.combine(crc(a), crc(b), b.length), "run " + i);
    }
  }

  @Test
  void aPageDeflatedInPiecesInflatesToThePageWithAnyLabel() throws IOException {
    byte[] head = text(40_000, 1);
    byte[] middle = text(300, 2);
    String marked =
        new String(head, StandardCharsets.UTF_8)
            + SiteArchive.SIZE_MARKER
            + new String(middle, StandardCharsets.UTF_8)
            + SiteArchive.SIZE_MARKER
            + SiteArchive.SIZE_MARKER
            + "</html>";
    byte[] bytes = marked.getBytes(StandardCharsets.UTF_8);
    try (ArchiveEntries entries = new ArchiveEntries()) {
      entries.put("index.html", bytes, SiteArchive.markerSpots(bytes));
      ArchiveEntry e = entries.get("index.html");
      assertEquals(3, e.spots());
      for (String label : new String[] {"9 B", "1,3 MB", "110 MB", "ü"}) {
        ArchiveEntry.Label l = ArchiveEntry.Label.of(label);
        byte[] page = SiteArchive.labelled("index.html", bytes, label);
        byte[] deflated = e.deflatedBytes(l);
        assertEquals(e.deflatedSize(l), deflated.length);
        assertArrayEquals(page, inflate(deflated, page.length), label);
        assertEquals(page.length, e.size(l));
        assertEquals(crc(page), e.crc(l), label);
      }
    }
  }

  @Test
  void aFileWithoutLabelIsDeflatedAsAZipToolWould() throws IOException {
    byte[] css = text(50_000, 3);
    try (ArchiveEntries entries = new ArchiveEntries()) {
      entries.put("assets/stek.css", css, new int[0]);
      ArchiveEntry.Label l = ArchiveEntry.Label.of("1 kB");
      assertArrayEquals(deflate(css), entries.get("assets/stek.css").deflatedBytes(l));
    }
  }

  @Test
  void thePagesNameTheZipsSizeAndABigFileIsStreamed() throws IOException {
    byte[] big = text((int) SiteArchive.BIG + 12_345, 7);
    Path out = dir.resolve("site");
    SiteArchive.Zipped z;
    Path zip;
    java.util.List<Path> spools;
    try (StagedOutput staged = new StagedOutput(out)) {
      try (OutputStream json = staged.open("practices.json")) {
        json.write(big);
      }
      staged.write(
          "index.html",
          ("<p>" + SiteArchive.SIZE_MARKER + "</p>").getBytes(StandardCharsets.UTF_8));
      z = SiteArchive.write(staged, "kb", bytes -> bytes + " B");
      spools = staged.entries().files();
      assertEquals(2, spools.size(), "one spool, and one for the streamed file");
      zip = staged.staging().resolve(SiteArchive.url("kb"));
      assertEquals(Files.size(zip), z.size());
      assertEquals(z.size() + " B", z.label(), "the label is the zip's own size");
      assertEquals(
          "<p>" + z.label() + "</p>", Files.readString(staged.staging().resolve("index.html")));
      try (ZipFile f = ZipFile.builder().setPath(zip).get()) {
        ZipArchiveEntry e = f.getEntry("kb/practices.json");
        try (InputStream in = f.getInputStream(e)) {
          assertArrayEquals(big, in.readAllBytes(), "the file comes back whole");
        }
        try (InputStream raw = f.getRawInputStream(e)) {
          assertArrayEquals(deflate(big), raw.readAllBytes(), "streamed, as if deflated at once");
        }
        try (InputStream in = f.getInputStream(f.getEntry("kb/index.html"))) {
          assertEquals("<p>" + z.label() + "</p>", new String(in.readAllBytes()));
        }
      }
    }
    try (var files = Files.list(dir)) {
      assertTrue(
          files.allMatch(f -> f.equals(out) || f.getFileName().toString().equals("x")),
          "no spool file is left behind");
    }
  }

  private static long crc(byte[] b) {
    CRC32 c = new CRC32();
    c.update(b);
    return c.getValue();
  }

  private static byte[] deflate(byte[] in) {
    Deflater d = new Deflater(ArchiveEntry.LEVEL, true);
    d.setInput(in);
    d.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    while (!d.finished()) out.write(buf, 0, d.deflate(buf));
    d.end();
    return out.toByteArray();
  }

  private static byte[] inflate(byte[] deflated, int length) {
    Inflater i = new Inflater(true);
    i.setInput(deflated);
    byte[] out = new byte[length + 10];
    int n = 0;
    try {
      while (!i.finished() && n < out.length) n += i.inflate(out, n, out.length - n);
      assertTrue(i.finished(), "the stream ends with a last block");
    } catch (java.util.zip.DataFormatException e) {
      throw new AssertionError(e);
    } finally {
      i.end();
    }
    return java.util.Arrays.copyOf(out, n);
  }
}
