package org.stek.output;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * The whole site as one zip for offline readers: {@code download/<name>.zip}, entries sorted under
 * a top folder, fixed timestamps, so the same site gives the same bytes. Pages name the archive's
 * size; since the pages are inside the archive, the size is found by a short fixed-point iteration:
 * write the label, zip, and repeat until the label no longer changes.
 */
public final class SiteArchive {
  /** What templates print where the size goes; replaced in every page before the final zip. */
  public static final String SIZE_MARKER = "STEK-ARCHIVE-SIZE-4f1c";

  static final String FOLDER = "download";
  private static final LocalDateTime EPOCH = LocalDateTime.of(2000, 1, 1, 0, 0);
  private static final int MAX_ROUNDS = 5;

  /**
   * Deflate level 3: at 10,000 cards it zips in 1.9 s to 91 MB, level 6 in 2.9 s to 85 MB (measured
   * with all files in the page cache); offline readers get a 7% larger file for a faster build.
   */
  private static final int LEVEL = 3;

  /** Files deflated at once; bounds the memory the archive needs on a large site. */
  private static final int WINDOW = 512;

  /**
   * Files above this size (practices.json of a large site: half a gigabyte at 100,000 cards) are
   * deflated as a stream, never read whole; pages are always small.
   */
  static final long BIG = 16L << 20;

  /** One file in this many is deflated for the size estimate. */
  static final int SAMPLE = 8;

  private SiteArchive() {}

  public static String url(String name) {
    return FOLDER + "/" + name + ".zip";
  }

  /**
   * Writes the archive into {@code site}, and the size label into every page that shows it.
   *
   * @param label turns a size in bytes into the text the pages show, e.g. "1,3 MB"
   * @return the archive's size in bytes
   */
  public static long write(Path site, String name, LongFunction<String> label) throws IOException {
    return write(site, name, label, SizeLabel.MARKER_ONLY);
  }

  /**
   * Writes the archive into {@code site} as {@link #write(Path, String, LongFunction)} does, for
   * pages staged with {@code staged} in the label's place; pages are rewritten only if the label
   * they hold is not the one found.
   */
  public static long write(Path site, String name, LongFunction<String> label, SizeLabel staged)
      throws IOException {
    List<Path> files = files(site);
    // Big files hold no label: each is deflated once, for the estimate and every round.
    try (Bigs bigs = Bigs.of(site, name, files)) {
      // A first estimate, a sample of the files deflated in parallel; then the real zip, repeated
      // only when its size rounds to another label than the estimate did. The steps do not depend
      // on what the pages were staged with.
      String shown = label.apply(estimate(site, name, files, label.apply(0), staged, bigs));
      Path zip = site.resolve(url(name));
      Files.createDirectories(zip.getParent());
      long size = 0;
      for (int round = 0; round < MAX_ROUNDS; round++) {
        size = zip(site, name, files, shown, staged, bigs, zip);
        String next = label.apply(size);
        if (next.equals(shown)) break;
        shown = next;
      }
      String finalLabel = shown;
      if (!finalLabel.equals(staged.current()))
        files.parallelStream().forEach(f -> rewrite(site, f, finalLabel, staged));
      return size;
    }
  }

  /** The file's bytes as they go into the archive: pages get the label {@code shown}. */
  private static byte[] content(Path site, Path f, String shown, SizeLabel staged)
      throws IOException {
    return staged.relabel(
        entryName(site, f), f.getFileName().toString(), Files.readAllBytes(f), shown);
  }

  /** A file's bytes with the size label in place of the marker (only pages carry it). */
  public static byte[] labelled(String fileName, byte[] bytes, String shown) {
    if (!fileName.endsWith(".html")) return bytes;
    int[] at = markerSpots(bytes);
    return at.length == 0
        ? bytes
        : splice(bytes, at, MARKER_BYTES.length, shown.getBytes(StandardCharsets.UTF_8));
  }

  /** Where the marker starts in a page's bytes. */
  static int[] markerSpots(byte[] bytes) {
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
  private static void rewrite(Path site, Path f, String shown, SizeLabel staged) {
    String url = entryName(site, f);
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

  /**
   * Close to the zip's size, cheaply: a sample of the files is deflated (on all cores) and the rest
   * scaled by the ratios seen; big files count as they deflate. The loop in {@link #write} corrects
   * a wrong guess.
   */
  private static long estimate(
      Path site, String name, List<Path> files, String shown, SizeLabel staged, Bigs bigs) {
    return estimate(
        name,
        files.stream().map(f -> entryName(site, f)).toList(),
        url -> staged.markedLength(url, site.resolve(url).toFile().length()),
        url -> {
          Path f = site.resolve(url);
          Big b = bigs.get(f);
          if (b != null) return new Sample(b.size(), b.deflated());
          Entry e = entry(site, name, f, shown, staged);
          return new Sample(e.size(), e.deflated().length);
        });
  }

  /** A sampled file for the estimate: its size and deflated size as the archive holds it. */
  public record Sample(long size, long deflated) {}

  /**
   * The first estimate {@link #write} starts from, out of what it is made of: the files' URLs in
   * the archive's order, each file's size as written before the label, and the samples with the
   * label of 0 bytes in place. Samples are asked for every big file, and for every {@link
   * #SAMPLE}th small one and the first of each kind (file extension); each kind is scaled by its
   * own ratio, since pages deflate to a quarter and images hardly at all. The same inputs give the
   * same estimate.
   */
  public static long estimate(
      String name,
      List<String> urls,
      java.util.function.ToLongFunction<String> rawLength,
      java.util.function.Function<String, Sample> sample) {
    long overhead = 22;
    Map<String, long[]> raw = new java.util.TreeMap<>(); // by kind: bytes
    List<Integer> asked = new ArrayList<>();
    for (int i = 0; i < urls.size(); i++) {
      String url = urls.get(i);
      long length = rawLength.applyAsLong(url);
      String kind = kind(url);
      boolean first = !raw.containsKey(kind);
      raw.computeIfAbsent(kind, k -> new long[1])[0] += length;
      if (big(url, length) || first || i % SAMPLE == 0) asked.add(i);
      String entry = name + "/" + url;
      // local header 30, central directory 46, the name twice
      overhead += 30 + 46 + 2L * entry.getBytes(StandardCharsets.UTF_8).length;
    }
    List<Sample> samples = asked.parallelStream().map(i -> sample.apply(urls.get(i))).toList();
    Map<String, long[]> seen = new java.util.TreeMap<>(); // by kind: raw and deflated bytes
    for (int j = 0; j < asked.size(); j++) {
      long[] s = seen.computeIfAbsent(kind(urls.get(asked.get(j))), k -> new long[2]);
      s[0] += samples.get(j).size();
      s[1] += samples.get(j).deflated();
    }
    double estimate = overhead;
    for (var e : raw.entrySet()) {
      long[] s = seen.get(e.getKey());
      estimate += s[0] == 0 ? s[1] : e.getValue()[0] * ((double) s[1] / s[0]);
    }
    return Math.round(estimate);
  }

  /** What kind of file a URL is, for the estimate: its extension, or "" if none. */
  private static String kind(String url) {
    int slash = url.lastIndexOf('/');
    int dot = url.lastIndexOf('.');
    return dot > slash ? url.substring(dot + 1) : "";
  }

  /** Every file of the site in a stable order, without the archive folder and Stek's marker. */
  private static List<Path> files(Path site) throws IOException {
    try (Stream<Path> s = Files.walk(site)) {
      List<Path> out = new ArrayList<>();
      s.filter(Files::isRegularFile)
          .filter(f -> !site.relativize(f).startsWith(FOLDER))
          .filter(f -> !f.getFileName().toString().equals(OutputGuard.MARKER))
          .sorted((a, b) -> entryName(site, a).compareTo(entryName(site, b)))
          .forEach(out::add);
      return out;
    }
  }

  private static String entryName(Path site, Path f) {
    return site.relativize(f).toString().replace('\\', '/');
  }

  /**
   * Files are deflated in parallel, a window at a time so memory stays bounded, and written in
   * their sorted order as raw entries: the bytes do not depend on the number of threads.
   */
  private static long zip(
      Path site,
      String name,
      List<Path> files,
      String shown,
      SizeLabel staged,
      Bigs bigs,
      Path target)
      throws IOException {
    try (Writer w = new Writer(target)) {
      for (int from = 0; from < files.size(); from += WINDOW) {
        int to = Math.min(files.size(), from + WINDOW);
        // Each entry is written, in order, as soon as it and those before it are deflated.
        IntStream.range(from, to)
            .parallel()
            .mapToObj(
                i -> {
                  Path f = files.get(i);
                  Big b = bigs.get(f);
                  return b != null ? b : entry(site, name, f, shown, staged);
                })
            .forEachOrdered(
                e -> {
                  if (e instanceof Entry entry) w.add(entry);
                  else w.addBig((Big) e);
                });
      }
      return w.finish();
    }
  }

  /**
   * Writes already deflated entries as an archive, in the order given (sorted by name, as {@link
   * #write} sorts them); returns its size. The same entries give the same bytes as {@link #write}.
   */
  public static long zip(Iterable<Entry> entries, Path target) throws IOException {
    try (Writer w = new Writer(target)) {
      entries.forEach(w::add);
      return w.finish();
    }
  }

  /** The size {@link #zip(Iterable, Path)} would write, writing nothing. */
  public static long zipSize(Iterable<Entry> entries) throws IOException {
    try (Writer w = new Writer(OutputStream.nullOutputStream())) {
      entries.forEach(w::add);
      return w.finish();
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
    }

    void add(Entry e) {
      ZipArchiveEntry z = new ZipArchiveEntry(e.name());
      z.setMethod(ZipEntry.DEFLATED);
      z.setTime(time); // 2000-01-01 00:00 in DOS local time on every machine
      z.setSize(e.size());
      z.setCompressedSize(e.deflated().length);
      z.setCrc(e.crc());
      try {
        zip.addRawArchiveEntry(z, new ByteArrayInputStream(e.deflated()));
      } catch (IOException x) {
        throw new UncheckedIOException(x);
      }
    }

    /** A big file, deflated already, added as a raw entry. */
    void addBig(Big b) {
      ZipArchiveEntry z = new ZipArchiveEntry(b.name());
      z.setMethod(ZipEntry.DEFLATED);
      z.setTime(time);
      z.setSize(b.size());
      z.setCompressedSize(b.deflated());
      z.setCrc(b.crc());
      try (java.io.InputStream in = Files.newInputStream(b.file())) {
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

  /**
   * One file as it goes into the archive, already deflated.
   *
   * @param name the entry's name: the archive's top folder, '/', the file's URL
   */
  public record Entry(String name, long size, long crc, byte[] deflated) {}

  private static Entry entry(Path site, String name, Path f, String shown, SizeLabel staged) {
    try {
      return entry(name + "/" + entryName(site, f), content(site, f, shown, staged));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deflates a file's final bytes as the archive holds them. */
  public static Entry entry(String entryName, byte[] in) {
    CRC32 crc = new CRC32();
    crc.update(in);
    Deflater d = new Deflater(LEVEL, true);
    d.setInput(in);
    d.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length / 3 + 64);
    byte[] buf = new byte[64 * 1024];
    while (!d.finished()) out.write(buf, 0, d.deflate(buf));
    d.end();
    return new Entry(entryName, in.length, crc.getValue(), out.toByteArray());
  }

  private static boolean big(String url, long length) {
    return !url.endsWith(".html") && length > BIG;
  }

  /** A big file deflated into a temporary file: its size, CRC and deflated size. */
  private record Big(String name, Path file, long size, long crc, long deflated) {}

  /** The site's big files, each deflated once into a temporary file, removed on close. */
  private static final class Bigs implements AutoCloseable {
    private final Map<Path, Big> byFile = new java.util.concurrent.ConcurrentHashMap<>();

    static Bigs of(Path site, String name, List<Path> files) {
      Bigs bigs = new Bigs();
      try {
        files.parallelStream()
            .filter(f -> big(f.getFileName().toString(), f.toFile().length()))
            .forEach(f -> bigs.byFile.put(f, deflate(name + "/" + entryName(site, f), f)));
      } catch (RuntimeException e) {
        bigs.close();
        throw e;
      }
      return bigs;
    }

    Big get(Path f) {
      return byFile.get(f);
    }

    private static Big deflate(String entry, Path f) {
      try {
        Path deflated = Files.createTempFile("stek-zip", ".deflated");
        CRC32 crc = new CRC32();
        Sample s;
        try (OutputStream out =
            new BufferedOutputStream(Files.newOutputStream(deflated), 1 << 16)) {
          s = SiteArchive.deflate(f, out, crc);
        }
        return new Big(entry, deflated, s.size(), crc.getValue(), s.deflated());
      } catch (IOException x) {
        throw new UncheckedIOException(x);
      }
    }

    @Override
    public void close() {
      byFile.values().forEach(b -> b.file().toFile().delete());
    }
  }

  /**
   * Deflates a file as a stream into {@code out} (the bytes {@link #entry} makes of it: zlib's
   * output does not depend on how its input is cut), adding it to {@code crc}.
   */
  private static Sample deflate(Path f, OutputStream out, CRC32 crc) {
    Deflater d = new Deflater(LEVEL, true);
    long size = 0;
    long deflated = 0;
    byte[] in = new byte[1 << 16];
    byte[] buf = new byte[1 << 16];
    try (java.io.InputStream s = Files.newInputStream(f)) {
      for (int n = s.read(in); n >= 0; n = s.read(in)) {
        crc.update(in, 0, n);
        size += n;
        d.setInput(in, 0, n);
        while (!d.needsInput()) {
          int k = d.deflate(buf);
          out.write(buf, 0, k);
          deflated += k;
        }
      }
      d.finish();
      while (!d.finished()) {
        int k = d.deflate(buf);
        out.write(buf, 0, k);
        deflated += k;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      d.end();
    }
    return new Sample(size, deflated);
  }

  /** Counts bytes on their way out; the zip need not be kept to know its size. */
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
