package org.stek.markdown;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A card body as safe HTML, and as plain text for search, related items and excerpts. Every body of
 * the site is held until its page is written, so both are kept deflated: a 100,000-card site has
 * about a gigabyte of them, a fifth of that compressed.
 */
public final class RenderedBody {
  private final byte[] html;
  private final byte[] text;

  public RenderedBody(String html, String text) {
    this.html = deflate(html);
    this.text = deflate(text);
  }

  public String html() {
    return inflate(html);
  }

  public String text() {
    return inflate(text);
  }

  private static byte[] deflate(String s) {
    byte[] in = s.getBytes(StandardCharsets.UTF_8);
    Deflater d = new Deflater(Deflater.BEST_SPEED, true);
    d.setInput(in);
    d.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length / 3 + 16);
    byte[] buf = new byte[8192];
    while (!d.finished()) out.write(buf, 0, d.deflate(buf));
    d.end();
    return out.toByteArray();
  }

  private static String inflate(byte[] in) {
    Inflater i = new Inflater(true);
    i.setInput(in);
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length * 4 + 16);
    byte[] buf = new byte[8192];
    try {
      while (!i.finished()) {
        int n = i.inflate(buf);
        if (n == 0 && (i.needsInput() || i.needsDictionary())) break;
        out.write(buf, 0, n);
      }
    } catch (DataFormatException e) {
      throw new IllegalStateException("a body deflated by this class does not inflate", e);
    } finally {
      i.end();
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Equal when both texts are: the preview compares a card's body with the last build's. */
  @Override
  public boolean equals(Object o) {
    return o instanceof RenderedBody b
        && java.util.Arrays.equals(html, b.html)
        && java.util.Arrays.equals(text, b.text);
  }

  @Override
  public int hashCode() {
    return 31 * java.util.Arrays.hashCode(html) + java.util.Arrays.hashCode(text);
  }

  @Override
  public String toString() {
    return "RenderedBody[" + html() + "]";
  }
}
