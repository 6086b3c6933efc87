package org.stek.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

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
    List<Path> files = files(site);
    Map<Path, String> withMarker = new HashMap<>();
    for (Path f : files) {
      if (f.toString().endsWith(".html")) {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        if (text.contains(SIZE_MARKER)) withMarker.put(f, text);
      }
    }
    String shown = label.apply(0);
    long size = -1;
    for (int round = 0; round < MAX_ROUNDS; round++) {
      replace(withMarker, shown);
      size = zip(site, name, files, OutputStream.nullOutputStream());
      String next = label.apply(size);
      if (next.equals(shown)) break;
      shown = next;
    }
    replace(withMarker, shown);
    Path zip = site.resolve(url(name));
    Files.createDirectories(zip.getParent());
    try (OutputStream out = Files.newOutputStream(zip)) {
      return zip(site, name, files, out);
    }
  }

  private static void replace(Map<Path, String> pages, String shown) throws IOException {
    for (var e : pages.entrySet()) {
      Files.writeString(
          e.getKey(), e.getValue().replace(SIZE_MARKER, shown), StandardCharsets.UTF_8);
    }
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

  private static long zip(Path site, String name, List<Path> files, OutputStream target)
      throws IOException {
    CountingStream counter = new CountingStream(target);
    try (ZipOutputStream zip = new ZipOutputStream(counter)) {
      zip.setLevel(6);
      byte[] buffer = new byte[64 * 1024];
      for (Path f : files) {
        ZipEntry e = new ZipEntry(name + "/" + entryName(site, f));
        e.setTimeLocal(EPOCH); // local date-time: no time zone, so every machine writes the same
        zip.putNextEntry(e);
        try (var in = Files.newInputStream(f)) {
          for (int n; (n = in.read(buffer)) > 0; ) zip.write(buffer, 0, n);
        }
        zip.closeEntry();
      }
    }
    return counter.count;
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
