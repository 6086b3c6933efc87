package org.stek.render;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A page as it is rendered, straight into UTF-8 bytes, the form it is written in. A StringWriter
 * takes a lock for each of the many short strings a template writes; a StringBuilder turns into
 * UTF-16 for the whole page at its first character beyond Latin-1 (a dash in a title), which must
 * then be encoded to UTF-8 at the end, a second pass over the whole page. One thread writes a page.
 */
final class PageWriter extends Writer {
  private byte[] bytes;
  private int size;

  /** A high surrogate whose low half has not come yet. */
  private char pendingHigh;

  PageWriter(int capacity) {
    bytes = new byte[capacity];
  }

  @Override
  public void write(int c) {
    put((char) c);
  }

  @Override
  public void write(char[] chars, int off, int len) {
    ensureRoom(3 * len); // at most three bytes a char (four for two)
    for (int i = off, end = off + len; i < end; i++) {
      char c = chars[i];
      if (c < 0x80 && pendingHigh == 0) bytes[size++] = (byte) c;
      else put(c);
    }
  }

  @Override
  public void write(String s) {
    write(s, 0, s.length());
  }

  @Override
  public void write(String s, int off, int len) {
    if (len == 0) return;
    if (pendingHigh != 0 || Character.isSurrogate(s.charAt(off))) {
      for (int i = off; i < off + len; i++) put(s.charAt(i));
      return;
    }
    // The JDK's encoder copies a Latin-1 string with no byte above 0x7F at once; a string ending
    // in half a pair keeps that half for the next write.
    int end = Character.isHighSurrogate(s.charAt(off + len - 1)) ? off + len - 1 : off + len;
    String part = off == 0 && end == s.length() ? s : s.substring(off, end);
    writeBytes(part.getBytes(StandardCharsets.UTF_8));
    if (end < off + len) pendingHigh = s.charAt(end);
  }

  @Override
  public Writer append(CharSequence s) {
    write(String.valueOf(s));
    return this;
  }

  /** Bytes that are UTF-8 already (a kept fragment of a page). */
  void writeBytes(byte[] b) {
    unpaired();
    ensureRoom(b.length);
    System.arraycopy(b, 0, bytes, size, b.length);
    size += b.length;
  }

  /** The page's bytes. */
  byte[] bytes() {
    unpaired();
    return Arrays.copyOf(bytes, size);
  }

  private void put(char c) {
    ensureRoom(4);
    if (pendingHigh != 0) {
      char h = pendingHigh;
      pendingHigh = 0;
      if (Character.isLowSurrogate(c)) {
        int cp = Character.toCodePoint(h, c);
        bytes[size++] = (byte) (0xF0 | cp >> 18);
        bytes[size++] = (byte) (0x80 | (cp >> 12 & 0x3F));
        bytes[size++] = (byte) (0x80 | (cp >> 6 & 0x3F));
        bytes[size++] = (byte) (0x80 | (cp & 0x3F));
        return;
      }
      bytes[size++] = '?'; // an unpaired surrogate, as String's encoder writes it
    }
    if (c < 0x80) {
      bytes[size++] = (byte) c;
    } else if (c < 0x800) {
      bytes[size++] = (byte) (0xC0 | c >> 6);
      bytes[size++] = (byte) (0x80 | (c & 0x3F));
    } else if (Character.isHighSurrogate(c)) {
      pendingHigh = c;
    } else if (Character.isLowSurrogate(c)) {
      bytes[size++] = '?';
    } else {
      bytes[size++] = (byte) (0xE0 | c >> 12);
      bytes[size++] = (byte) (0x80 | (c >> 6 & 0x3F));
      bytes[size++] = (byte) (0x80 | (c & 0x3F));
    }
  }

  /** Half a pair with nothing after it: '?', as String's encoder writes it. */
  private void unpaired() {
    if (pendingHigh == 0) return;
    pendingHigh = 0;
    ensureRoom(1);
    bytes[size++] = '?';
  }

  private void ensureRoom(int more) {
    if (size + more > bytes.length)
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
