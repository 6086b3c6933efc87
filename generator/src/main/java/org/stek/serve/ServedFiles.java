package org.stek.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.stek.files.SiteOutput;
import org.stek.output.StagedOutput;

/**
 * The folder the preview serves, as the pipeline's output. A full build goes into a staging folder
 * swapped in at the end, as {@code stek build} does; after that, a file is written (atomically)
 * only when its bytes changed, and a file no stage made or kept any more is removed.
 */
final class ServedFiles implements SiteOutput {
  private final Path dir;
  private final Map<String, Hash> served = new ConcurrentHashMap<>();
  private final Set<String> made = ConcurrentHashMap.newKeySet();

  /** Files written or removed since the offline zip was last written. */
  private final Set<String> sinceZip = ConcurrentHashMap.newKeySet();

  private StagedOutput staging;
  private volatile boolean shownChanged;

  ServedFiles(Path dir) {
    this.dir = dir.toAbsolutePath().normalize();
  }

  Path dir() {
    return dir;
  }

  /**
   * A full build starts: every file goes to {@code staging}, nothing of the old folder is known.
   */
  void beginFull(StagedOutput staging) {
    this.staging = staging;
    served.clear();
    begin();
  }

  /** A build starts; the files it writes or keeps are what the folder will hold. */
  void begin() {
    made.clear();
    shownChanged = false;
  }

  @Override
  public void write(String url, byte[] bytes) {
    made.add(url);
    Hash h = Hash.of(bytes);
    if (h.equals(served.get(url))) return;
    if (staging != null) staging.write(url, bytes);
    else writeAtomically(dir.resolve(url), bytes);
    served.put(url, h);
    sinceZip.add(url);
    shownChanged |= shown(url);
  }

  @Override
  public void copy(Path source, String url) {
    if (staging != null) { // streamed and linked as a build does; later builds keep it
      made.add(url);
      staging.copy(source, url);
      return;
    }
    try {
      write(url, Files.readAllBytes(source));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void keep(String url) {
    made.add(url);
  }

  /** After a full build: the staging folder replaces the served one. */
  Void swap() {
    try {
      staging.commit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    staging = null;
    return null;
  }

  /** Removes what no stage of this build made or kept. */
  void removeStale() throws IOException {
    for (String url : Set.copyOf(served.keySet())) {
      if (made.contains(url)) continue;
      Files.deleteIfExists(dir.resolve(url));
      served.remove(url);
      sinceZip.add(url);
      shownChanged |= shown(url);
    }
  }

  /** Whether the file at {@code url} is as it was when the offline zip was last written. */
  boolean unchangedSinceZip(String url) {
    return !sinceZip.contains(url);
  }

  /** The offline zip was written: it holds every file as it is now. */
  void zipped() {
    sinceZip.clear();
  }

  /** Whether a file the pages show or load changed in this build (not only a download). */
  boolean shownChanged() {
    return shownChanged;
  }

  /** Downloads and files for machines (feeds, sitemap): no reason for a page to reload. */
  private static boolean shown(String url) {
    return !(url.startsWith("download/")
        || url.equals("practices.json")
        || url.equals("practices.csv")
        || url.startsWith("schema/")
        || url.endsWith(".xml")
        || url.equals("robots.txt"));
  }

  private static void writeAtomically(Path target, byte[] bytes) {
    try {
      Files.createDirectories(target.getParent());
      Path temp = target.resolveSibling("." + target.getFileName() + ".stek-tmp");
      Files.write(temp, bytes);
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
