package org.stek.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A temporary file that deflated archive entries are appended to as files are staged, from many
 * threads at once; the zip is then copied out of it. A large site's entries do not fit in a 2 GB
 * heap (1.4 GB at 100,000 cards), and the page cache keeps them close.
 */
final class Spool implements AutoCloseable {
  private final Path file;
  private final FileChannel channel;
  private final AtomicLong end = new AtomicLong();

  /**
   * A new spool in the temporary folder, as the search index is: never inside or beside a site, so
   * a build that is killed leaves nothing in the project.
   */
  static Spool create() {
    try {
      return new Spool(Files.createTempFile("stek-zip-", ".spool"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Spool(Path file) throws IOException {
    this.file = file;
    this.channel =
        FileChannel.open(
            file,
            StandardOpenOption.READ,
            StandardOpenOption.WRITE); // not APPEND: pwrite there ignores the position on Linux
  }

  Path file() {
    return file;
  }

  /** Appends {@code length} bytes of {@code bytes}; returns where they start. */
  long append(byte[] bytes, int length) {
    long at = end.getAndAdd(length);
    ByteBuffer b = ByteBuffer.wrap(bytes, 0, length);
    try {
      for (long p = at; b.hasRemaining(); ) p += channel.write(b, p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return at;
  }

  /** The {@code length} bytes at {@code at}, as a stream. */
  InputStream read(long at, long length) {
    return new InputStream() {
      private long next = at;
      private final long stop = at + length;

      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (next >= stop) return -1;
        int n = channel.read(ByteBuffer.wrap(b, off, (int) Math.min(len, stop - next)), next);
        if (n < 0) throw new IOException("the archive spool ended early: " + file);
        next += n;
        return n;
      }
    };
  }

  @Override
  public void close() {
    try {
      channel.close();
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
