package org.stek.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offline zip: a file too big to read whole is streamed into the same entry bytes. */
class SiteArchiveTest {
  @TempDir Path site;

  @Test
  void aBigFileIsStreamedIntoTheSameEntryAsASmallOne() throws IOException {
    // Text-like bytes a little above the streaming threshold, so the deflater works hard.
    Random r = new Random(7);
    StringBuilder b = new StringBuilder();
    String[] words = {"leerkrachten ", "ouders ", "school ", "coördinator ", "meertaligheid\n"};
    while (b.length() < SiteArchive.BIG + 12_345) b.append(words[r.nextInt(words.length)]);
    byte[] big = b.toString().getBytes(StandardCharsets.UTF_8);
    assertTrue(big.length > SiteArchive.BIG);
    Files.write(site.resolve("practices.json"), big);
    Files.writeString(site.resolve("index.html"), "<p>" + SiteArchive.SIZE_MARKER + "</p>");

    long size = SiteArchive.write(site, "kb", bytes -> bytes + " B");

    Path zip = site.resolve(SiteArchive.url("kb"));
    assertEquals(Files.size(zip), size);
    try (ZipFile z = new ZipFile(zip.toFile())) {
      ZipArchiveEntry e = z.getEntry("kb/practices.json");
      try (InputStream in = z.getInputStream(e)) {
        assertArrayEquals(big, in.readAllBytes(), "the file comes back whole");
      }
      try (InputStream raw = z.getRawInputStream(e)) {
        assertArrayEquals(
            SiteArchive.entry("kb/practices.json", big).deflated(),
            raw.readAllBytes(),
            "streamed deflate gives the bytes of deflating it at once");
      }
      try (InputStream in = z.getInputStream(z.getEntry("kb/index.html"))) {
        assertEquals(
            "<p>" + size + " B</p>", new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
  }
}
