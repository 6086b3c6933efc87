package org.stek.output;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What staged pages hold where the archive's size goes, and where. Templates print {@link
 * SiteArchive#SIZE_MARKER}; the size is known only once the zip is made. A rebuild guesses it (the
 * size the site had) and stages pages with the guess in place, so that a page that did not change
 * is the live page byte for byte and can be linked instead of written ({@link StagedOutput}), and
 * nothing needs rewriting when the guess holds. The spots are kept per page, since a guessed label
 * ("85,3 MB") cannot be told from the same text in a card, as the marker can.
 */
public final class SizeLabel {
  private static final byte[] MARKER = SiteArchive.SIZE_MARKER.getBytes(StandardCharsets.US_ASCII);

  /** Pages hold the marker; its spots are found by searching. */
  public static final SizeLabel MARKER_ONLY = new SizeLabel(null);

  private final String current;
  private final byte[] currentBytes;
  private final Map<String, int[]> spots = new ConcurrentHashMap<>();

  /**
   * @param guess the label to stage pages with, or null to keep the marker
   */
  public SizeLabel(String guess) {
    this.current = guess == null ? SiteArchive.SIZE_MARKER : guess;
    this.currentBytes = current.getBytes(StandardCharsets.UTF_8);
  }

  /** What the staged pages hold: the marker or the guessed label. */
  public String current() {
    return current;
  }

  boolean guessed() {
    return this != MARKER_ONLY && !current.equals(SiteArchive.SIZE_MARKER);
  }

  /**
   * A page's bytes as staged: the marker (found at {@code marks}) replaced by the guess, whose
   * spots are kept.
   */
  byte[] stage(String url, byte[] marked, int[] marks) {
    if (!guessed() || marks.length == 0) return marked;
    int[] at = marks.clone();
    byte[] staged = SiteArchive.splice(marked, at, MARKER.length, currentBytes);
    for (int i = 0; i < at.length; i++)
      at[i] += i * (currentBytes.length - MARKER.length); // where it lands in the staged bytes
    spots.put(url, at);
    return staged;
  }

  /** Whether a staged file holds the label (so must change when the label does). */
  boolean holds(String url, String fileName) {
    return guessed() ? spots.containsKey(url) : fileName.endsWith(".html");
  }

  /** A staged file's bytes with {@code shown} in the label's place. */
  byte[] relabel(String url, String fileName, byte[] staged, String shown) {
    if (!guessed()) return SiteArchive.labelled(fileName, staged, shown);
    int[] at = spots.get(url);
    if (at == null || shown.equals(current)) return staged;
    return SiteArchive.splice(
        staged, at, currentBytes.length, shown.getBytes(StandardCharsets.UTF_8));
  }
}
