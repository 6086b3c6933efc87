package org.stek.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every file of a site as the offline archive will hold it, by URL, deflated as it is staged (on
 * the thread that made it, while its bytes are at hand) into a spool file. Safe to use from many
 * threads.
 */
public final class ArchiveEntries implements AutoCloseable {
  private final Spool spool;
  private final Map<String, ArchiveEntry> byUrl = new ConcurrentHashMap<>();
  private final List<Spool> streamed = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger reused = new AtomicInteger();

  public ArchiveEntries() {
    this.spool = Spool.create();
  }

  /** A file's entry: a page with the size marker at {@code spots}. */
  public void put(String url, byte[] bytes, int[] spots) {
    byUrl.put(url, ArchiveEntry.of(bytes, spots, SiteArchive.SIZE_MARKER.length(), spool));
  }

  /**
   * A file's entry taken from the previous site's zip, if it is there as it is now; false if not.
   *
   * @param staged the bytes as staged, equal to the previous site's file
   */
  boolean reuse(String url, byte[] marked, int[] spots, byte[] staged, PreviousArchive previous) {
    ArchiveEntry e = previous == null ? null : previous.entry(url, marked, spots, staged, spool);
    if (e == null) return false;
    byUrl.put(url, e);
    reused.incrementAndGet();
    return true;
  }

  /** A file copied as it is, read from {@code file} (streamed when it is big). */
  void put(String url, Path file) {
    try {
      if (Files.size(file) <= SiteArchive.BIG) {
        byUrl.put(url, ArchiveEntry.of(Files.readAllBytes(file), spool));
        return;
      }
      try (OutputStream out = stream(url)) {
        Files.copy(file, out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A stream for a big file: what is written to it is deflated into its entry, kept on close. */
  OutputStream stream(String url) {
    Spool own = Spool.create();
    streamed.add(own);
    return new ArchiveEntry.Streamed(own, e -> byUrl.put(url, e));
  }

  ArchiveEntry get(String url) {
    return byUrl.get(url);
  }

  public void remove(String url) {
    byUrl.remove(url);
  }

  /** The URLs that have an entry. */
  Set<String> urls() {
    return Collections.unmodifiableSet(byUrl.keySet());
  }

  /** Drops the entries of files that are not among {@code urls} (no longer in the site). */
  void retain(Collection<String> urls) {
    byUrl.keySet().retainAll(new HashSet<>(urls));
  }

  /** How many entries were taken from the previous zip (for tests). */
  int reused() {
    return reused.get();
  }

  /** The spool files (for tests). */
  List<Path> files() {
    List<Path> files = new ArrayList<>(List.of(spool.file()));
    streamed.forEach(s -> files.add(s.file()));
    return files;
  }

  /** Removes the spool files. */
  @Override
  public void close() {
    spool.close();
    streamed.forEach(Spool::close);
  }
}
