package org.stek.markdown;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A card body as safe HTML, and as plain text for search, related items and excerpts. Every body of
 * the site is held until its page is written, so a large site keeps them deflated, in a fraction of
 * the heap. Deflating and inflating cost CPU at every use, so a site whose bodies fit easily keeps
 * them as they are.
 */
public final class RenderedBody {
  /** Either Strings, or deflated UTF-8 bytes. */
  private final Object html;

  private final Object text;

  private final List<BodySection> sections;
  private final List<LinkedFile> files;

  /**
   * @param compact keep the texts deflated
   * @param sections the declared sections the body has, in its order
   * @param files the files beside the cards that the body links to, in its order
   */
  public RenderedBody(
      String html,
      String text,
      boolean compact,
      List<BodySection> sections,
      List<LinkedFile> files) {
    this.html = compact ? deflate(html) : html;
    this.text = compact ? deflate(text) : text;
    this.sections = List.copyOf(sections);
    this.files = List.copyOf(files);
  }

  public RenderedBody(String html, String text, boolean compact) {
    this(html, text, compact, List.of(), List.of());
  }

  /** A body kept as it is. */
  public RenderedBody(String html, String text) {
    this(html, text, false);
  }

  /**
   * Whether bodies made from {@code sourceChars} characters of Markdown should be kept deflated in
   * a heap of {@code maxHeap} bytes: kept as they are, the HTML and the text take up to four bytes
   * per source character (two where the text is Latin-1); that may use a quarter of the heap.
   * Deflating costs every later stage an inflate per use, so a 10,000-card build (46 MB of
   * Markdown, a heap of about 900 MiB chosen by the launcher) keeps them as they are.
   */
  public static boolean compact(long sourceChars, long maxHeap) {
    return sourceChars * 4 > maxHeap / 4;
  }

  public String html() {
    return text(html);
  }

  public String text() {
    return text(text);
  }

  /** The declared sections the body has (none when site.yaml declares none for its type). */
  public List<BodySection> sections() {
    return sections;
  }

  /** The files beside the cards that the body links to (its attachments by link). */
  public List<LinkedFile> files() {
    return files;
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
        && sameText(html, b.html)
        && sameText(text, b.text)
        && sections.equals(b.sections)
        && files.equals(b.files);
  }

  /** Two texts kept the same way are compared as kept; only mixed ones are inflated. */
  private static boolean sameText(Object a, Object b) {
    if (a instanceof byte[] x && b instanceof byte[] y) return java.util.Arrays.equals(x, y);
    return text(a).equals(text(b));
  }

  private static String text(Object kept) {
    return kept instanceof String s ? s : inflate((byte[]) kept);
  }

  @Override
  public int hashCode() {
    return 31 * html().hashCode() + text().hashCode();
  }

  @Override
  public String toString() {
    return "RenderedBody[" + html() + "]";
  }
}
