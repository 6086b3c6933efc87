package org.stek.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * The whole site as one zip for offline readers: {@code download/<name>.zip}, entries sorted under
 * a top folder, fixed timestamps, so the same site gives the same bytes. Pages name the archive's
 * size, and the pages are inside the archive: every file is deflated when it is staged, pages in
 * pieces around the label ({@link ArchiveEntry}), so the zip's size for any label is a sum. The
 * label is the fixed point of that sum, found without zipping; then the zip is copied together from
 * the deflated pieces once.
 */
public final class SiteArchive {
  /** What templates print where the size goes; replaced in every page before the final zip. */
  public static final String SIZE_MARKER = "STEK-ARCHIVE-SIZE-4f1c";

  static final String FOLDER = "download";
  private static final LocalDateTime EPOCH = LocalDateTime.of(2000, 1, 1, 0, 0);
  private static final int MAX_ROUNDS = 5;

  /**
   * Files above this size (practices.json of a large site: half a gigabyte at 100,000 cards) are
   * deflated as a stream, never read whole; pages are always small.
   */
  static final long BIG = 16L << 20;

  /**
   * The zip's comment: what deflated its entries (the level, and zlib's output for a fixed text),
   * so that a later build takes over entries only from a zip deflated exactly as it would deflate
   * them ({@link PreviousArchive}).
   */
  static final String FINGERPRINT = fingerprint();

  private SiteArchive() {}

  private static String fingerprint() {
    StringBuilder probe = new StringBuilder();
    for (int i = 0; probe.length() < 20_000; i++)
      probe.append(i * 7919 % 1000).append(i % 7 == 0 ? '\n' : ' ');
    byte[] text = probe.toString().getBytes(StandardCharsets.US_ASCII);
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(ArchiveEntry.Label.of(probe.toString()).deflated());
    return "Stek; deflate level "
        + ArchiveEntry.LEVEL
        + ", "
        + Long.toHexString(crc.getValue())
        + ", "
        + text.length;
  }

  public static String url(String name) {
    return FOLDER + "/" + name + ".zip";
  }

  /** The zip as written: its size, and the label the pages show. */
  public record Zipped(long size, String label) {}

  /**
   * Writes the archive of everything staged in {@code out}, and the size label into every page that
   * shows it (pages are rewritten only if they were staged with another label).
   *
   * @param label turns a size in bytes into the text the pages show, e.g. "1,3 MB"
   */
  public static Zipped write(StagedOutput out, String name, LongFunction<String> label)
      throws IOException {
    out.previousDone(); // every file is staged: the previous zip is read no more
    Path site = out.staging();
    List<String> urls = files(site);
    ArchiveEntries entries = out.entries();
    // Whatever reached the staging folder another way is deflated now, as it is.
    urls.parallelStream()
        .filter(u -> entries.get(u) == null)
        .forEach(u -> entries.put(u, site.resolve(u)));
    entries.retain(urls);
    Path zip = site.resolve(url(name));
    Files.createDirectories(zip.getParent());
    Zipped z = zip(entries, name, label, zip);
    if (!z.label().equals(out.label().current()))
      urls.parallelStream().forEach(u -> rewrite(site, u, z.label(), out.label()));
    return z;
  }

  /**
   * Zips {@code entries} (sorted by URL, under the folder {@code name}) into {@code target} with
   * the label their sizes settle on.
   */
  public static Zipped zip(
      ArchiveEntries entries, String name, LongFunction<String> label, Path target)
      throws IOException {
    List<String> urls = new ArrayList<>(entries.urls());
    urls.sort(null);
    List<ArchiveEntry> list = new ArrayList<>(urls.size());
    long headers = 22 + FINGERPRINT.length(); // the end of the central directory, its comment
    long pieces = 0;
    long spots = 0;
    for (String u : urls) {
      ArchiveEntry e = entries.get(u);
      list.add(e);
      pieces += e.deflatedPieces();
      spots += e.spots();
      // local header 30, central directory 46, the name twice, the pieces field (local: empty)
      headers += 30 + 46 + 2L * (name + "/" + u).getBytes(StandardCharsets.UTF_8).length;
      byte[] field = e.piecesField();
      if (field != null) headers += 4 + 4 + field.length;
    }
    if (urls.size() >= 0xFFFF) headers += 56 + 20; // zip64 end record and its locator
    Sum sum = new Sum(pieces, spots, label);
    String shown = sum.settle(headers);
    Zipped z = null;
    for (int round = 0; round < MAX_ROUNDS; round++) {
      ArchiveEntry.Label l = ArchiveEntry.Label.of(shown);
      z = new Zipped(write(name, urls, list, l, target), shown);
      if (label.apply(z.size()).equals(shown)) break;
      // The headers were not what was counted (zip64 fields on a huge site): count them as written.
      String again = sum.settle(z.size() - pieces - spots * l.deflated().length);
      if (again.equals(shown)) break; // no label is its own size's: the last one stays
      shown = again;
    }
    return z;
  }

  /** The zip's size for any label: the headers, the deflated pieces and the labels between them. */
  private record Sum(long pieces, long spots, LongFunction<String> label) {
    String settle(long headers) {
      String shown = label.apply(0);
      for (int round = 0; round < MAX_ROUNDS; round++) {
        long size = headers + pieces + spots * ArchiveEntry.Label.of(shown).deflated().length;
        String next = label.apply(size);
        if (next.equals(shown)) break;
        shown = next;
      }
      return shown;
    }
  }

  private static long write(
      String name, List<String> urls, List<ArchiveEntry> entries, ArchiveEntry.Label label, Path to)
      throws IOException {
    try (Writer w = new Writer(to)) {
      for (int i = 0; i < urls.size(); i++) w.add(name + "/" + urls.get(i), entries.get(i), label);
      return w.finish();
    }
  }

  /** A file's bytes with the size label in place of the marker (only pages carry it). */
  public static byte[] labelled(String fileName, byte[] bytes, String shown) {
    int[] at = spots(fileName, bytes);
    return at.length == 0
        ? bytes
        : splice(bytes, at, MARKER_BYTES.length, shown.getBytes(StandardCharsets.UTF_8));
  }

  private static final int[] NONE = {};

  /** Where a file holds the size marker: only pages do. */
  public static int[] spots(String fileName, byte[] bytes) {
    return fileName.endsWith(".html") ? markerSpots(bytes) : NONE;
  }

  /** Where the marker starts in a page's bytes. */
  public static int[] markerSpots(byte[] bytes) {
    // Byte for byte, without decoding the page: the marker is ASCII, and in UTF-8 an ASCII byte is
    // never part of another character, so this finds exactly what String.indexOf would.
    // Latin-1 maps each byte to one char, so indexes agree; String.indexOf is the JVM's vectorised
    // search (a loop over the bytes was 7% of a 10,000-card build).
    String view = new String(bytes, StandardCharsets.ISO_8859_1);
    int n = 0;
    int[] at = new int[2];
    for (int i = view.indexOf(SIZE_MARKER);
        i >= 0;
        i = view.indexOf(SIZE_MARKER, i + SIZE_MARKER.length())) {
      if (n == at.length) at = java.util.Arrays.copyOf(at, n * 2);
      at[n++] = i;
    }
    return java.util.Arrays.copyOf(at, n);
  }

  /**
   * {@code bytes} with the {@code length} bytes at each of {@code at} replaced by {@code label}.
   */
  static byte[] splice(byte[] bytes, int[] at, int length, byte[] label) {
    byte[] out = new byte[bytes.length + at.length * (label.length - length)];
    int from = 0;
    int to = 0;
    for (int a : at) {
      System.arraycopy(bytes, from, out, to, a - from);
      to += a - from;
      System.arraycopy(label, 0, out, to, label.length);
      to += label.length;
      from = a + length;
    }
    System.arraycopy(bytes, from, out, to, bytes.length - from);
    return out;
  }

  private static final byte[] MARKER_BYTES = SIZE_MARKER.getBytes(StandardCharsets.US_ASCII);

  /**
   * A page with the label {@code shown}. A page that is a link to the previous site's page ({@link
   * StagedOutput}) is replaced, never changed in place.
   */
  private static void rewrite(Path site, String url, String shown, SizeLabel staged) {
    Path f = site.resolve(url);
    String fileName = f.getFileName().toString();
    if (!staged.holds(url, fileName)) return;
    try {
      byte[] bytes = Files.readAllBytes(f);
      byte[] done = staged.relabel(url, fileName, bytes, shown);
      if (done == bytes) return;
      if (linked(f)) {
        Path temp = f.resolveSibling("." + fileName + ".relabel");
        Files.write(temp, done);
        Files.move(temp, f, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      } else {
        Files.write(f, done); // its own file: rewritten where it is (a new file costs more)
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether a staged file is also a file of the previous site (or its link count is unknown). */
  private static boolean linked(Path f) {
    try {
      return ((Number) Files.getAttribute(f, "unix:nlink")).intValue() != 1;
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return true;
    }
  }

  /** Every file of the site by URL, sorted, without the archive folder and Stek's marker. */
  private static List<String> files(Path site) throws IOException {
    try (Stream<Path> s = Files.walk(site)) {
      return s.filter(Files::isRegularFile)
          .map(f -> site.relativize(f).toString().replace('\\', '/'))
          .filter(u -> !u.startsWith(FOLDER + "/"))
          .filter(u -> !u.equals(OutputGuard.MARKER))
          .sorted()
          .toList();
    }
  }

  /** Adds raw entries with the fixed timestamp; {@link #finish} returns the bytes written. */
  private static final class Writer implements AutoCloseable {
    private final long time = EPOCH.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
    private final CountingStream counter;
    private final ZipArchiveOutputStream zip;
    private boolean closed;

    Writer(Path target) throws IOException {
      this(new BufferedOutputStream(Files.newOutputStream(target), 1 << 16));
    }

    Writer(OutputStream target) {
      counter = new CountingStream(target);
      zip = new ZipArchiveOutputStream(counter);
      zip.setUseZip64(Zip64Mode.AsNeeded); // a 100,000-card site has more than 65,535 files
      zip.setComment(FINGERPRINT);
    }

    void add(String name, ArchiveEntry e, ArchiveEntry.Label label) {
      ZipArchiveEntry z = new ZipArchiveEntry(name);
      z.setMethod(ZipEntry.DEFLATED);
      z.setTime(time); // 2000-01-01 00:00 in DOS local time on every machine
      z.setSize(e.size(label));
      z.setCompressedSize(e.deflatedSize(label));
      z.setCrc(e.crc(label));
      byte[] field = e.piecesField();
      if (field != null) {
        var f = new org.apache.commons.compress.archivers.zip.UnrecognizedExtraField();
        f.setHeaderId(ArchiveEntry.PIECES);
        f.setCentralDirectoryData(field);
        f.setLocalFileDataData(new byte[0]);
        z.addExtraField(f);
      }
      try (InputStream in = e.open(label)) {
        zip.addRawArchiveEntry(z, in);
      } catch (IOException x) {
        throw new UncheckedIOException(x);
      }
    }

    long finish() throws IOException {
      close();
      return counter.count;
    }

    @Override
    public void close() throws IOException {
      if (!closed) {
        closed = true;
        zip.close();
      }
    }
  }

  /** Counts bytes on their way out. */
  private static final class CountingStream extends OutputStream {
    private final OutputStream out;
    long count;

    CountingStream(OutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }
}
