package org.stek.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The offline zip: every file but the download folder, sorted under the top folder with fixed
 * timestamps, the same bytes for the same site; an unchanged entry is copied raw from the previous
 * zip, a changed file deflated again; a big file is streamed.
 */
class SiteArchiveTest {
  @TempDir Path dir;

  private static final String ZIP = "download/kb.zip";

  private static byte[] text(int length, long seed) {
    Random r = new Random(seed);
    String[] words = {"leerkrachten ", "ouders ", "school ", "coördinator ", "meertaligheid\n"};
    StringBuilder b = new StringBuilder();
    while (b.length() < length) b.append(words[r.nextInt(words.length)]);
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static final Map<String, byte[]> FILES =
      Map.of(
          "index.html", text(20_000, 1),
          "practices/cafe.html", text(9_000, 2),
          "assets/stek.css", text(3_000, 3),
          "practices.json", new byte[0]);

  /** Stages {@code files} (and a download page) over {@code out}, zips and commits them. */
  private SiteArchive.Zipped build(Path out, Map<String, byte[]> files) throws IOException {
    try (StagedOutput staged = new StagedOutput(out)) {
      files.forEach(staged::write);
      staged.write("download/index.html", "<p>zip</p>".getBytes(StandardCharsets.UTF_8));
      SiteArchive.Zipped z = SiteArchive.write(staged.staging(), ZIP, out, u -> false);
      staged.commit();
      return z;
    }
  }

  @Test
  void theZipHoldsEveryFileButTheDownloadFolderSortedUnderTheTopFolder() throws IOException {
    Path out = dir.resolve("site");
    SiteArchive.Zipped z = build(out, FILES);
    Path zip = out.resolve(ZIP);
    assertEquals(ZIP, z.url());
    assertEquals(Files.size(zip), z.size());
    assertEquals(sha256(Files.readAllBytes(zip)), z.sha256());
    List<String> names = new ArrayList<>();
    try (ZipFile f = ZipFile.builder().setPath(zip).get()) {
      for (ZipArchiveEntry e : java.util.Collections.list(f.getEntriesInPhysicalOrder())) {
        names.add(e.getName());
        assertEquals(ZipEntry.DEFLATED, e.getMethod());
        assertEquals(
            java.time.LocalDateTime.of(2000, 1, 1, 0, 0),
            java.time.LocalDateTime.ofInstant(
                e.getLastModifiedDate().toInstant(), java.time.ZoneId.systemDefault()));
        byte[] file = FILES.get(e.getName().substring("kb/".length()));
        try (InputStream in = f.getInputStream(e)) {
          assertArrayEquals(file, in.readAllBytes());
        }
        assertEquals(file.length, e.getSize());
        assertEquals(crc(file), e.getCrc());
      }
    }
    assertEquals(
        List.of(
            "kb/assets/stek.css", "kb/index.html", "kb/practices.json", "kb/practices/cafe.html"),
        names,
        "sorted, without download/ and Stek's marker");
  }

  @Test
  void theSameSiteGivesTheSameBytesAndARebuildTheBytesOfAFreshBuild() throws IOException {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    assertEquals(build(a, FILES), build(b, FILES));
    assertArrayEquals(Files.readAllBytes(a.resolve(ZIP)), Files.readAllBytes(b.resolve(ZIP)));
    // a rebuild of a with one file changed (its length kept: the CRC tells), and a fresh build
    Map<String, byte[]> changed = new TreeMap<>(FILES);
    changed.put("practices/cafe.html", sameLength(FILES.get("practices/cafe.html")));
    SiteArchive.Zipped rebuilt = build(a, changed);
    SiteArchive.Zipped fresh = build(dir.resolve("c"), changed);
    assertEquals(fresh, rebuilt);
    assertNotEquals(fresh, build(b, FILES));
    assertArrayEquals(
        Files.readAllBytes(dir.resolve("c").resolve(ZIP)), Files.readAllBytes(a.resolve(ZIP)));
  }

  @Test
  void anUnchangedEntryIsCopiedRawAndAChangedFileDeflatedAgain() throws IOException {
    // The previous zip as another tool made it: deflated at level 9, with the same name, size and
    // CRC as the file now for index.html, another file's for practices/cafe.html.
    byte[] index = FILES.get("index.html");
    byte[] oldCafe = text(9_000, 99);
    Path out = dir.resolve("site");
    Files.createDirectories(out.resolve("download"));
    try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out.resolve(ZIP).toFile())) {
      for (var f : Map.of("index.html", index, "practices/cafe.html", oldCafe).entrySet()) {
        ZipArchiveEntry e = new ZipArchiveEntry("kb/" + f.getKey());
        byte[] d = deflate(f.getValue(), 9);
        e.setMethod(ZipEntry.DEFLATED);
        e.setSize(f.getValue().length);
        e.setCompressedSize(d.length);
        e.setCrc(crc(f.getValue()));
        zip.addRawArchiveEntry(e, new java.io.ByteArrayInputStream(d));
      }
    }
    assertFalse(
        java.util.Arrays.equals(deflate(index, 9), deflate(index, SiteArchive.DEFLATE_LEVEL)));

    build(out, FILES);

    assertArrayEquals(deflate(index, 9), raw(out.resolve(ZIP), "kb/index.html"), "copied raw");
    byte[] cafe = FILES.get("practices/cafe.html");
    assertArrayEquals(
        deflate(cafe, SiteArchive.DEFLATE_LEVEL),
        raw(out.resolve(ZIP), "kb/practices/cafe.html"),
        "changed: deflated again");
    assertArrayEquals(
        deflate(FILES.get("assets/stek.css"), SiteArchive.DEFLATE_LEVEL),
        raw(out.resolve(ZIP), "kb/assets/stek.css"),
        "new: deflated");
  }

  @Test
  void aBigFileIsStreamedAsIfDeflatedAtOnce() throws IOException {
    byte[] big = text((int) SiteArchive.STREAM_ABOVE + 12_345, 7);
    // Other builds on the machine share the temp folder: only a spool file this write made counts.
    Set<Path> before = spoolFiles();
    Path out = dir.resolve("site");
    try (StagedOutput staged = new StagedOutput(out)) {
      try (OutputStream json = staged.open("practices.json")) {
        json.write(big);
      }
      SiteArchive.write(staged.staging(), ZIP, out, u -> false);
      Path zip = staged.staging().resolve(ZIP);
      try (ZipFile f = ZipFile.builder().setPath(zip).get()) {
        ZipArchiveEntry e = f.getEntry("kb/practices.json");
        try (InputStream in = f.getInputStream(e)) {
          assertArrayEquals(big, in.readAllBytes(), "the file comes back whole");
        }
        assertEquals(big.length, e.getSize());
        assertEquals(crc(big), e.getCrc(), "the CRC of the streamed file");
      }
      assertArrayEquals(deflate(big, SiteArchive.DEFLATE_LEVEL), raw(zip, "kb/practices.json"));
    }
    Set<Path> left = spoolFiles();
    left.removeAll(before);
    assertEquals(Set.of(), left, "no spool file is left behind");
  }

  private static Set<Path> spoolFiles() throws IOException {
    try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files
          .filter(
              f ->
                  f.getFileName().toString().startsWith("stek-zip-")
                      && f.getFileName().toString().endsWith(".deflated"))
          .collect(java.util.stream.Collectors.toCollection(java.util.HashSet::new));
    }
  }

  /** {@code b} with one letter changed. */
  private static byte[] sameLength(byte[] b) {
    byte[] c = b.clone();
    for (int i = c.length / 2; ; i++) {
      if (c[i] == 'e') {
        c[i] = 'a';
        return c;
      }
    }
  }

  private static byte[] raw(Path zip, String name) throws IOException {
    try (ZipFile f = ZipFile.builder().setPath(zip).get();
        InputStream in = f.getRawInputStream(f.getEntry(name))) {
      return in.readAllBytes();
    }
  }

  private static long crc(byte[] b) {
    CRC32 c = new CRC32();
    c.update(b);
    return c.getValue();
  }

  static String sha256(byte[] b) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  private static byte[] deflate(byte[] in, int level) {
    Deflater d = new Deflater(level, true);
    d.setInput(in);
    d.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    while (!d.finished()) out.write(buf, 0, d.deflate(buf));
    d.end();
    return out.toByteArray();
  }
}
