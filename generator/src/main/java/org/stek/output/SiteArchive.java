package org.stek.output;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.stek.content.Urls;

/**
 * The whole site as one zip for offline readers, written once every other file is staged: every
 * file but the zip's own folder (the zip and the download page beside it) and the not-found page (a
 * web server's), sorted, under a top folder named as the zip, with fixed timestamps, so the same
 * site gives the same bytes. A file whose entry in the previous site's zip has the same name,
 * length and CRC is copied from there as it is, still deflated; only new and changed files are
 * deflated.
 */
public final class SiteArchive {
  /**
   * Deflate level 1, the fastest: on a built site the higher levels make the zip only a little
   * smaller for several times the CPU, which every build would pay, while a reader downloads the
   * zip now and then (README.md, Performance, has the measurements).
   */
  static final int DEFLATE_LEVEL = 1;

  /** 2000-01-01 00:00 in DOS local time on every machine. */
  private static final long ENTRY_TIME =
      LocalDateTime.of(2000, 1, 1, 0, 0).atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();

  /**
   * Files above this size (practices.json of a large site: half a gigabyte at 100,000 cards) are
   * deflated as a stream into a temporary file, never read whole.
   */
  static final long STREAM_ABOVE = 16L << 20;

  /** How many bytes of files are deflated side by side before their entries are written. */
  private static final long BATCH_BYTES = 32L << 20;

  private SiteArchive() {}

  /**
   * The zip as written.
   *
   * @param url where it is, root-relative, e.g. {@code download/stek.zip}
   * @param size its length in bytes
   * @param sha256 the SHA-256 of its bytes, in lowercase hex
   */
  public record Zipped(String url, long size, String sha256) {}

  /**
   * Zips the site in {@code site} into {@code site/url} (replacing it whole, so the zip may be the
   * previous one).
   *
   * @param url the zip's root-relative URL ({@link org.stek.content.Urls#archive}); its folder is
   *     left out of the zip
   * @param previous the previous site's folder: its zip at {@code url}, if there is one, gives the
   *     entries of the files that did not change
   * @param unchanged the files the caller knows to be as they were when the previous zip was
   *     written (the preview, which wrote every change itself): their entries are taken from the
   *     previous zip without reading them. Every other file is read, and its CRC compared.
   */
  public static Zipped write(Path site, String url, Path previous, Predicate<String> unchanged)
      throws IOException {
    Path zip = site.resolve(url);
    String file = zip.getFileName().toString();
    String top = file.substring(0, file.length() - ".zip".length());
    List<String> urls = files(site, url.substring(0, url.lastIndexOf('/') + 1));
    List<List<String>> batches = new ArrayList<>();
    for (int from = 0, to; from < urls.size(); from = to) {
      long bytes = 0;
      for (to = from; to < urls.size() && (to == from || bytes < BATCH_BYTES); to++)
        bytes += Files.size(site.resolve(urls.get(to)));
      batches.add(urls.subList(from, to));
    }
    Files.createDirectories(zip.getParent());
    Path temp = zip.resolveSibling("." + file + ".tmp");
    String sha256;
    try (ZipFile previousZip = open(previous.resolve(url));
        Writer w = new Writer(temp)) {
      // A batch is read and deflated while the one before it is written.
      CompletableFuture<List<Entry>> next = null;
      for (int i = 0; i < batches.size(); i++) {
        if (next == null) next = entries(batches.get(i), site, top, previousZip, unchanged);
        List<Entry> ready = join(next);
        next =
            i + 1 < batches.size()
                ? entries(batches.get(i + 1), site, top, previousZip, unchanged)
                : null;
        for (Entry e : ready) w.add(e);
      }
      sha256 = w.finish();
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
    Files.move(temp, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return new Zipped(url, Files.size(zip), sha256);
  }

  /** The entries of a batch of files, made side by side. */
  private static CompletableFuture<List<Entry>> entries(
      List<String> urls, Path site, String top, ZipFile previousZip, Predicate<String> unchanged) {
    return CompletableFuture.supplyAsync(
        () ->
            urls.parallelStream()
                .map(u -> entry(site.resolve(u), top + "/" + u, previousZip, unchanged.test(u)))
                .toList());
  }

  private static <T> T join(CompletableFuture<T> f) {
    try {
      return f.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw e;
    }
  }

  /**
   * Every file of the site by URL, sorted, without those in {@code skip}, Stek's marker and the
   * not-found page ({@link Urls#notFound}).
   */
  private static List<String> files(Path site, String skip) throws IOException {
    try (Stream<Path> s = Files.walk(site)) {
      return s.filter(Files::isRegularFile)
          .map(f -> site.relativize(f).toString().replace('\\', '/'))
          .filter(
              u ->
                  !u.startsWith(skip)
                      && !u.equals(OutputGuard.MARKER)
                      && !u.equals(Urls.notFound()))
          .sorted()
          .toList();
    }
  }

  /** The previous zip, or null if there is none that can be read. */
  private static ZipFile open(Path zip) {
    if (!Files.isRegularFile(zip)) return null;
    try {
      return ZipFile.builder().setPath(zip).setIgnoreLocalFileHeader(true).get();
    } catch (IOException | RuntimeException e) {
      return null; // not a zip: every file is deflated
    }
  }

  /**
   * A file's entry: its length, CRC and deflated bytes, taken from {@code previousZip} when it
   * holds the same file.
   */
  private static Entry entry(Path file, String name, ZipFile previousZip, boolean unchanged) {
    try {
      long size = Files.size(file);
      ZipArchiveEntry previousEntry = previousZip == null ? null : previousZip.getEntry(name);
      if (unchanged && previousEntry != null && reusable(previousEntry, size))
        return copied(previousZip, previousEntry);
      byte[] bytes = size <= STREAM_ABOVE ? Files.readAllBytes(file) : null;
      CRC32 crc = new CRC32();
      if (bytes != null) {
        crc.update(bytes);
      } else {
        try (InputStream in = Files.newInputStream(file)) {
          byte[] buf = new byte[1 << 16];
          for (int n; (n = in.read(buf)) > 0; ) crc.update(buf, 0, n);
        }
      }
      if (previousEntry != null
          && reusable(previousEntry, size)
          && previousEntry.getCrc() == crc.getValue()) return copied(previousZip, previousEntry);
      if (bytes == null) return spooled(file, name, size, crc.getValue());
      ByteArrayOutputStream out = new ByteArrayOutputStream((int) (size / 3) + 64);
      try (DeflaterOutputStream d = deflater(out, bytes.length)) {
        d.write(bytes);
      }
      byte[] deflated = out.toByteArray();
      return new Entry(
          name,
          size,
          crc.getValue(),
          deflated.length,
          () -> new ByteArrayInputStream(deflated),
          null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean reusable(ZipArchiveEntry previous, long size) {
    return previous.getMethod() == ZipEntry.DEFLATED && previous.getSize() == size;
  }

  /** The previous zip's entry, still deflated. */
  private static Entry copied(ZipFile previousZip, ZipArchiveEntry e) {
    return new Entry(
        e.getName(),
        e.getSize(),
        e.getCrc(),
        e.getCompressedSize(),
        () -> previousZip.getRawInputStream(e),
        null);
  }

  /** A big file deflated as a stream into a temporary file of its own. */
  private static Entry spooled(Path file, String name, long size, long crc) throws IOException {
    Path spool = Files.createTempFile("stek-zip-", ".deflated");
    try (OutputStream out = Files.newOutputStream(spool);
        DeflaterOutputStream d = deflater(out, size)) {
      Files.copy(file, d);
    }
    return new Entry(name, size, crc, Files.size(spool), () -> Files.newInputStream(spool), spool);
  }

  /**
   * Raw deflate (no zlib header) at {@link #DEFLATE_LEVEL}; ends its deflater when closed. Its
   * buffer fits a file of {@code size} bytes, up to 64 KiB: a 64 KiB buffer for each of 14,000
   * small pages was a gigabyte of garbage at 10,000 cards. The deflated bytes are the same.
   */
  static DeflaterOutputStream deflater(OutputStream out, long size) {
    Deflater d = new Deflater(DEFLATE_LEVEL, true);
    return new DeflaterOutputStream(out, d, (int) Math.max(512, Math.min(1 << 16, size))) {
      @Override
      public void close() throws IOException {
        try {
          super.close();
        } finally {
          d.end();
        }
      }
    };
  }

  /** A file as the zip holds it: its deflated bytes come from {@code deflated}. */
  private record Entry(
      String name, long size, long crc, long compressed, DeflatedSource deflated, Path spool) {}

  /** Where an entry's deflated bytes are. */
  private interface DeflatedSource {
    InputStream open() throws IOException;
  }

  /** Adds raw entries with the fixed timestamp, and digests what it writes. */
  private static final class Writer implements AutoCloseable {
    private final DigestingStream digest;
    private final ZipArchiveOutputStream zip;
    private boolean closed;

    Writer(Path target) throws IOException {
      digest = new DigestingStream(Files.newOutputStream(target));
      zip = new ZipArchiveOutputStream(new BufferedOutputStream(digest, 1 << 16));
      zip.setUseZip64(Zip64Mode.AsNeeded); // a 100,000-card site has more than 65,535 files
    }

    void add(Entry e) throws IOException {
      ZipArchiveEntry z = new ZipArchiveEntry(e.name());
      z.setMethod(ZipEntry.DEFLATED);
      z.setTime(ENTRY_TIME);
      z.setSize(e.size());
      z.setCompressedSize(e.compressed());
      z.setCrc(e.crc());
      try (InputStream in = e.deflated().open()) {
        zip.addRawArchiveEntry(z, in);
      } finally {
        if (e.spool() != null) Files.deleteIfExists(e.spool());
      }
    }

    /** Ends the zip; returns the SHA-256 of its bytes. */
    String finish() throws IOException {
      close();
      return digest.hex();
    }

    @Override
    public void close() throws IOException {
      if (!closed) {
        closed = true;
        try {
          zip.close();
        } finally {
          digest.digester.shutdown();
        }
      }
    }
  }

  /**
   * Passes bytes on and digests them on a thread of its own: without the JIT's SHA instructions
   * (the launcher runs the quick compiler alone) SHA-256 is slower than writing the zip, and would
   * hold the writing up.
   */
  private static final class DigestingStream extends java.io.FilterOutputStream {
    private final MessageDigest sha256;
    private final ExecutorService digester =
        Executors.newSingleThreadExecutor(); // shut down on close
    private final Semaphore queueRoom = new Semaphore(64); // chunks waiting: 4 MB at most

    DigestingStream(OutputStream out) {
      super(out);
      try {
        sha256 = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e); // every Java platform has it
      }
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      byte[] chunk = Arrays.copyOfRange(b, off, off + len);
      queueRoom.acquireUninterruptibly();
      digester.execute(
          () -> {
            sha256.update(chunk);
            queueRoom.release();
          });
    }

    /** The digest of everything written, once it is all written. */
    String hex() throws IOException {
      digester.shutdown();
      try {
        if (!digester.awaitTermination(1, TimeUnit.HOURS))
          throw new IOException("digest timed out");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
      return HexFormat.of().formatHex(sha256.digest());
    }
  }
}
