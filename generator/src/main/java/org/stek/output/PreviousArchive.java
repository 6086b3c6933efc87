package org.stek.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipExtraField;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * The offline zip of the site a build replaces: a file whose bytes are those of the previous site
 * (the ones {@link StagedOutput} links) takes its deflated pieces from there instead of being
 * deflated again, which was a tenth of a rebuild's CPU. Only a zip that Stek wrote with the same
 * deflate settings is used ({@link SiteArchive#FINGERPRINT} in its comment); each entry must match
 * in size, CRC and where its pieces are, so a reused entry is the entry a fresh build makes.
 */
final class PreviousArchive implements AutoCloseable {
  private final ZipFile zip;
  private final String folder;

  private PreviousArchive(ZipFile zip, String folder) {
    this.zip = zip;
    this.folder = folder;
  }

  /** The previous site's zip at {@code file}, or null if there is none Stek can reuse. */
  static PreviousArchive open(Path file) {
    if (file == null || !Files.isRegularFile(file)) return null;
    String name = file.getFileName().toString();
    try {
      if (!name.endsWith(".zip") || !endsWithFingerprint(file)) return null;
      ZipFile z = ZipFile.builder().setPath(file).get();
      return new PreviousArchive(z, name.substring(0, name.length() - 4) + "/");
    } catch (IOException | RuntimeException e) {
      // not a zip that can be read: every file is deflated
    }
    return null;
  }

  /** Whether the zip's comment, its last bytes, is this build's {@link SiteArchive#FINGERPRINT}. */
  private static boolean endsWithFingerprint(Path file) throws IOException {
    byte[] want = SiteArchive.FINGERPRINT.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    try (var ch = java.nio.channels.FileChannel.open(file)) {
      long at = ch.size() - want.length;
      if (at < 0) return false;
      java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(want.length);
      while (b.hasRemaining() && ch.read(b, at + b.position()) > 0) {}
      return java.util.Arrays.equals(b.array(), want);
    }
  }

  /**
   * The entry for {@code url} from the previous zip, if the file is as it was: {@code marked} with
   * the marker at {@code spots} is the page as rendered, {@code staged} the same bytes with the
   * previous label in place, equal to the previous site's file. Null if anything differs.
   */
  ArchiveEntry entry(String url, byte[] marked, int[] spots, byte[] staged, Spool spool) {
    ZipArchiveEntry z = zip.getEntry(folder + url);
    if (z == null || z.getMethod() != ZipEntry.DEFLATED || z.getSize() != staged.length)
      return null;
    int n = spots.length + 1;
    ArchiveEntry.Cut cut = ArchiveEntry.Cut.of(marked, spots, SiteArchive.SIZE_MARKER.length());
    long[] raw = cut.raw();
    long[] deflated = pieces(z, raw);
    if (deflated == null) return null;
    CRC32 whole = new CRC32();
    whole.update(staged);
    if (whole.getValue() != z.getCrc()) return null;
    byte[] data;
    try {
      synchronized (zip) {
        try (InputStream in = zip.getRawInputStream(z)) {
          data = in.readAllBytes();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    long sum = 0;
    for (long d : deflated) sum += d;
    if (data.length != z.getCompressedSize() || (n > 1 && (data.length - sum) % (n - 1) != 0))
      return null;
    int label = n > 1 ? (int) ((data.length - sum) / (n - 1)) : 0;
    // The pieces, without the previous label between them.
    byte[] pieces = new byte[(int) sum];
    for (int i = 0, from = 0, to = 0; i < n; i++) {
      System.arraycopy(data, from, pieces, to, (int) deflated[i]);
      to += deflated[i];
      from += deflated[i] + label;
    }
    return new ArchiveEntry(spool, spool.append(pieces, pieces.length), deflated, raw, cut.crc());
  }

  /** Each piece's deflated length, if the entry's pieces have the lengths {@code raw}. */
  private static long[] pieces(ZipArchiveEntry z, long[] raw) {
    if (raw.length == 1) return new long[] {z.getCompressedSize()};
    ZipExtraField f = z.getExtraField(ArchiveEntry.PIECES);
    if (f == null) return null;
    long[][] kept = ArchiveEntry.pieces(f.getCentralDirectoryData());
    if (kept == null || !java.util.Arrays.equals(kept[0], raw)) return null;
    return kept[1];
  }

  @Override
  public void close() {
    try {
      zip.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
