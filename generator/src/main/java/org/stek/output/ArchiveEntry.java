package org.stek.output;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * One file as the offline archive holds it, deflated once, when it is staged. A page is deflated in
 * pieces around the spots where the archive's size label goes, each piece ending on a full flush
 * (byte-aligned, nothing referring back across it), so the label can be any text: the entry is the
 * pieces with the label's own deflated bytes between them, and its size, CRC and deflated length
 * follow from the pieces' figures. The zip's size is then arithmetic, not a trial zip, and the zip
 * is copied together without deflating anything again. A file without spots is deflated whole, as
 * any zip tool would.
 *
 * @param at where the pieces start in the spool, one after the other
 * @param deflated each piece's deflated length
 * @param raw each piece's length before deflating
 * @param crc each piece's CRC-32
 */
record ArchiveEntry(Spool spool, long at, long[] deflated, long[] raw, long[] crc) {
  /**
   * Deflate level 1: the 370 MB of a 10,000-card site deflate with zlib in 2.6 s of CPU to 111 MB,
   * at level 3 in 3.4 s to 107 MB, at level 6 in 7.4 s to 99 MB (measured on the built site); the
   * offline reader gets a 4% larger file for a build that is 0.4 s shorter on two cores.
   */
  static final int LEVEL = 1;

  private static final int[] NONE = {};

  /**
   * The zip extra field that says where a page's pieces are (each piece's length, then each one's
   * deflated length, as varints), so that the next build can take them over ({@link
   * PreviousArchive}).
   */
  static final org.apache.commons.compress.archivers.zip.ZipShort PIECES =
      new org.apache.commons.compress.archivers.zip.ZipShort(0x5453);

  /** The {@link #PIECES} field's data, or null for a file in one piece. */
  byte[] piecesField() {
    if (raw.length == 1) return null;
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    varint(b, raw.length);
    for (long r : raw) varint(b, r);
    for (long d : deflated) varint(b, d);
    return b.toByteArray();
  }

  /** The raw and deflated lengths a {@link #PIECES} field holds, or null if it is not one. */
  static long[][] pieces(byte[] field) {
    int[] at = {0};
    try {
      int n = (int) readVarint(field, at);
      if (n < 2 || n > field.length) return null;
      long[][] out = new long[2][n];
      for (int k = 0; k < 2; k++) for (int i = 0; i < n; i++) out[k][i] = readVarint(field, at);
      return at[0] == field.length ? out : null;
    } catch (ArrayIndexOutOfBoundsException e) {
      return null;
    }
  }

  private static void varint(ByteArrayOutputStream b, long v) {
    for (; v >= 0x80; v >>>= 7) b.write((int) (v & 0x7F) | 0x80);
    b.write((int) v);
  }

  private static long readVarint(byte[] b, int[] at) {
    long v = 0;
    for (int shift = 0; ; shift += 7) {
      byte x = b[at[0]++];
      v |= (long) (x & 0x7F) << shift;
      if (x >= 0) return v;
    }
  }

  /** How many labels the entry holds. */
  int spots() {
    return raw.length - 1;
  }

  /**
   * The pieces of {@code bytes} around the marker at {@code spots}: each one's length and CRC.
   *
   * @param markerLength how many bytes at each spot are the marker, in no piece
   */
  record Cut(long[] raw, long[] crc) {
    static Cut of(byte[] bytes, int[] spots, int markerLength) {
      int n = spots.length + 1;
      long[] raw = new long[n];
      long[] crc = new long[n];
      for (int i = 0, from = 0; i < n; i++) {
        int to = i < spots.length ? spots[i] : bytes.length;
        CRC32 c = new CRC32();
        c.update(bytes, from, to - from);
        crc[i] = c.getValue();
        raw[i] = to - from;
        from = to + markerLength;
      }
      return new Cut(raw, crc);
    }
  }

  /** Deflates {@code bytes} into {@code spool}, in pieces around the {@code spots}. */
  static ArchiveEntry of(byte[] bytes, int[] spots, int markerLength, Spool spool) {
    Cut cut = Cut.of(bytes, spots, markerLength);
    int n = spots.length + 1;
    long[] deflated = new long[n];
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
    Deflater d = new Deflater(LEVEL, true);
    byte[] buf = new byte[32 * 1024];
    try {
      int from = 0;
      for (int i = 0; i < n; i++) {
        int before = out.size();
        d.setInput(bytes, from, (int) cut.raw()[i]);
        if (i < spots.length) {
          fullFlush(d, buf, out);
        } else {
          d.finish();
          while (!d.finished()) out.write(buf, 0, d.deflate(buf));
        }
        deflated[i] = out.size() - before;
        from += (int) cut.raw()[i] + markerLength;
      }
    } finally {
      d.end();
    }
    long at = spool.append(out.toByteArray(), out.size());
    return new ArchiveEntry(spool, at, deflated, cut.raw(), cut.crc());
  }

  /**
   * Deflates the input given so far and ends on a full flush: byte-aligned, and what follows refers
   * to nothing before it, so other deflated bytes can be put here.
   */
  private static void fullFlush(Deflater d, byte[] buf, ByteArrayOutputStream out) {
    int k;
    do {
      k = d.deflate(buf, 0, buf.length, Deflater.FULL_FLUSH);
      out.write(buf, 0, k);
    } while (k == buf.length);
  }

  /** A file without labels, deflated whole. */
  static ArchiveEntry of(byte[] bytes, Spool spool) {
    return of(bytes, NONE, 0, spool);
  }

  /** The file's length in the archive with {@code label} in its spots. */
  long size(Label label) {
    long s = spots() * (long) label.raw().length;
    for (long r : raw) s += r;
    return s;
  }

  /** The entry's deflated length with {@code label} in its spots. */
  long deflatedSize(Label label) {
    return spots() * (long) label.deflated().length + deflatedPieces();
  }

  /** The pieces' deflated length, without labels. */
  long deflatedPieces() {
    long s = 0;
    for (long k : deflated) s += k;
    return s;
  }

  /** The entry's CRC-32 with {@code label} in its spots. */
  long crc(Label label) {
    long c = crc[0];
    for (int i = 1; i < raw.length; i++) {
      c = Crc32.combine(c, label.crc(), label.raw().length);
      c = Crc32.combine(c, crc[i], raw[i]);
    }
    return c;
  }

  /** The entry's deflated bytes with {@code label} in its spots, as a stream. */
  InputStream open(Label label) {
    List<InputStream> parts = new ArrayList<>();
    long p = at;
    for (int i = 0; i < raw.length; i++) {
      if (i > 0) parts.add(new ByteArrayInputStream(label.deflated()));
      parts.add(spool.read(p, deflated[i]));
      p += deflated[i];
    }
    return new SequenceInputStream(Collections.enumeration(parts));
  }

  /** The entry's deflated bytes with {@code label} in its spots. */
  byte[] deflatedBytes(Label label) {
    try (InputStream in = open(label)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The size label deflated alone, as it goes between the pieces: blocks that are not the last,
   * ending on a full flush.
   */
  record Label(String text, byte[] raw, byte[] deflated, long crc) {
    static Label of(String text) {
      byte[] raw = text.getBytes(StandardCharsets.UTF_8);
      CRC32 c = new CRC32();
      c.update(raw);
      Deflater d = new Deflater(LEVEL, true);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[1024];
      try {
        d.setInput(raw);
        fullFlush(d, buf, out);
      } finally {
        d.end();
      }
      return new Label(text, raw, out.toByteArray(), c.getValue());
    }
  }

  /**
   * A stream deflating what is written to it into a spool of its own (a big file, such as
   * practices.json of a large site, is never held whole), handing its entry to {@code done} when it
   * is closed.
   */
  static final class Streamed extends OutputStream {
    private final Spool spool;
    private final java.util.function.Consumer<ArchiveEntry> done;
    private final Deflater d = new Deflater(LEVEL, true);
    private final CRC32 crc = new CRC32();
    private final byte[] buf = new byte[64 * 1024];
    private long raw;
    private long deflated;
    private boolean closed;

    Streamed(Spool spool, java.util.function.Consumer<ArchiveEntry> done) {
      this.spool = spool;
      this.done = done;
    }

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      crc.update(b, off, len);
      raw += len;
      d.setInput(b, off, len);
      while (!d.needsInput()) drain(d.deflate(buf));
    }

    private void drain(int k) {
      if (k == 0) return;
      spool.append(buf, k); // written before it returns: buf can be reused
      deflated += k;
    }

    @Override
    public void close() {
      if (closed) return;
      closed = true;
      d.finish();
      while (!d.finished()) drain(d.deflate(buf));
      d.end();
      done.accept(
          new ArchiveEntry(
              spool, 0, new long[] {deflated}, new long[] {raw}, new long[] {crc.getValue()}));
    }
  }
}
