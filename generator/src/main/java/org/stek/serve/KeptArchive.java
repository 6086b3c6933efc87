package org.stek.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.stek.output.ArchiveEntries;
import org.stek.output.SiteArchive;
import org.stek.render.Sizes;

/**
 * The preview's copy of the offline archive: the deflated entry of every served file, kept from the
 * last full build and updated file by file, so that an incremental build zips without deflating
 * what did not change. The size label comes from the entries as a full build finds it, so the
 * preview can tell whether a full build would show the same label.
 */
final class KeptArchive implements AutoCloseable {
  private final String name;
  private final String lang;
  private final ArchiveEntries entries;

  /** The label the pages show. */
  private final String label;

  /** The label the last zip settled on. */
  private String zipped;

  /**
   * @param entries a full build's entries ({@link org.stek.output.StagedOutput#detachEntries})
   * @param label the label that build's pages show
   */
  KeptArchive(String name, String lang, ArchiveEntries entries, String label) {
    this.name = name;
    this.lang = lang;
    this.entries = entries;
    this.label = label;
    this.zipped = label;
  }

  String label() {
    return label;
  }

  /** A file written into the served folder: kept, and returned as served (with the label). */
  byte[] update(String url, byte[] marked) {
    entries.put(url, marked, SiteArchive.spots(url, marked));
    return SiteArchive.labelled(url, marked, label);
  }

  void remove(String url) {
    entries.remove(url);
  }

  /** Zips the kept entries into the served folder {@code out}, atomically; returns the size. */
  long zip(Path out) throws IOException {
    Path zip = out.resolve(SiteArchive.url(name));
    Path temp = zip.resolveSibling("." + zip.getFileName() + ".tmp");
    SiteArchive.Zipped z = SiteArchive.zip(entries, name, b -> Sizes.label(b, lang), temp);
    Files.move(temp, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    zipped = z.label();
    return z.size();
  }

  /** Whether the last zip's label is the one the pages show (else a full build relabels them). */
  boolean labelHolds() {
    return zipped.equals(label);
  }

  @Override
  public void close() {
    entries.close();
  }
}
