package org.stek.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.stek.output.SiteArchive;
import org.stek.render.Sizes;

/**
 * The preview's copy of the offline archive: every served file's deflated entry, and what a full
 * build's size estimate reads (each file's length, a sample of each page with the size marker), so
 * that an incremental build zips from the kept entries and can tell whether a full build would show
 * the same size label on the pages.
 */
final class KeptArchive {
  private final String name;
  private final String lang;
  private final String zeroLabel;
  private final TreeMap<String, SiteArchive.Entry> entries = new TreeMap<>();

  /** The label the pages show. */
  private String label;

  /** Each file's size as the pipeline made it, and for pages with the size marker a sample. */
  private final Map<String, Long> lengths = new ConcurrentHashMap<>();

  private final Map<String, SiteArchive.Sample> zeroSamples = new ConcurrentHashMap<>();

  /**
   * When the full build's first estimate gives another label than the final one: that label, and
   * the entries of the pages with it, for the size of the full build's first zip.
   */
  private String firstLabel;

  private final Map<String, SiteArchive.Entry> firstEntries = new ConcurrentHashMap<>();

  /**
   * @param name the archive's name ({@code Stek.archiveName})
   * @param lang the site's language, which the label is written in
   */
  KeptArchive(String name, String lang) {
    this.name = name;
    this.lang = lang;
    this.zeroLabel = Sizes.label(0, lang);
  }

  String label() {
    return label;
  }

  /** Keeps a file's size, and for a page with the size marker, its estimate sample. */
  void keep(String url, byte[] marked) {
    lengths.put(url, (long) marked.length);
    byte[] zero = SiteArchive.labelled(url, marked, zeroLabel);
    if (zero != marked) {
      SiteArchive.Entry e = SiteArchive.entry(name + "/" + url, zero);
      zeroSamples.put(url, new SiteArchive.Sample(e.size(), e.deflated().length));
    } else {
      zeroSamples.remove(url);
    }
  }

  /**
   * After a full build's zip of {@code size} bytes: its label and entries, and the label its first
   * estimate gave. {@code made} holds every file the pipeline made (before the label). Returns
   * whether the build's label loop ended without settling (see {@link #settle}).
   */
  boolean zipped(Path zip, long size, Iterable<Map<String, byte[]>> made) throws IOException {
    label = Sizes.label(size, lang);
    readEntries(zip);
    boolean unsettled = settle(made);
    firstEntries.clear();
    firstLabel = Sizes.label(estimate(), lang);
    if (firstLabel.equals(label)) firstLabel = null;
    else made.forEach(g -> g.forEach(this::keepFirst));
    return unsettled;
  }

  private void readEntries(Path zip) throws IOException {
    try (ZipFile z = ZipFile.builder().setPath(zip).get()) {
      for (ZipArchiveEntry e : java.util.Collections.list(z.getEntries())) {
        String url = e.getName().substring(e.getName().indexOf('/') + 1);
        try (InputStream in = z.getRawInputStream(e)) {
          entries.put(
              url, new SiteArchive.Entry(e.getName(), e.getSize(), e.getCrc(), in.readAllBytes()));
        }
      }
    }
  }

  /**
   * When the full build's fixed-point loop for the size label ended without settling, its zip holds
   * the pages with the label of the round before the last, and the pages served the last one: the
   * entries the next incremental zip is made from must be what is served.
   */
  private boolean settle(Iterable<Map<String, byte[]>> made) {
    Map<String, byte[]> marked = new HashMap<>();
    made.forEach(
        g ->
            g.forEach(
                (url, b) -> {
                  if (zeroSamples.containsKey(url)) marked.put(url, b);
                }));
    if (marked.isEmpty()) return false;
    var one = marked.entrySet().iterator().next();
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(SiteArchive.labelled(one.getKey(), one.getValue(), label));
    if (crc.getValue() == entries.get(one.getKey()).crc()) return false;
    marked.entrySet().parallelStream().forEach(e -> entry(e.getKey(), e.getValue()));
    return true;
  }

  /** A file written into the served folder: kept, and returned as served (with the label). */
  byte[] update(String url, byte[] marked) {
    byte[] bytes = entry(url, marked);
    keep(url, marked);
    keepFirst(url, marked);
    return bytes;
  }

  private byte[] entry(String url, byte[] marked) {
    byte[] bytes = SiteArchive.labelled(url, marked, label);
    SiteArchive.Entry entry = SiteArchive.entry(name + "/" + url, bytes);
    synchronized (entries) {
      entries.put(url, entry);
    }
    return bytes;
  }

  void remove(String url) {
    entries.remove(url);
    lengths.remove(url);
    zeroSamples.remove(url);
    firstEntries.remove(url);
  }

  /** For a page with the size marker, its entry with the first estimate's label, if needed. */
  private void keepFirst(String url, byte[] marked) {
    if (firstLabel == null) return;
    byte[] first = SiteArchive.labelled(url, marked, firstLabel);
    if (first != marked) firstEntries.put(url, SiteArchive.entry(name + "/" + url, first));
    else firstEntries.remove(url);
  }

  /** Zips the kept entries into the served folder {@code out}, atomically; returns the size. */
  long zip(Path out) throws IOException {
    Path zip = out.resolve(SiteArchive.url(name));
    Path temp = zip.resolveSibling("." + zip.getFileName() + ".tmp");
    long s = SiteArchive.zip(entries.values(), temp);
    Files.move(temp, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return s;
  }

  /**
   * Whether a full build would end with the label the pages have, the zip being {@code size} bytes.
   * It starts from the same estimate ({@link SiteArchive#estimate}, from the kept sizes and
   * samples): if that gives the pages' label, its first zip is this one and it stops. If it gives
   * the label kept as the first one, its first zip is made of the kept first entries; the label of
   * that zip's size must be the pages' label, whose zip (this one) then ends the loop. Anything
   * else: a full build.
   */
  boolean labelHolds(long size) throws IOException {
    if (!Sizes.label(size, lang).equals(label)) return false;
    String start = Sizes.label(estimate(), lang);
    if (start.equals(label)) return true;
    if (!start.equals(firstLabel)) return false;
    List<SiteArchive.Entry> first = new ArrayList<>();
    entries.forEach((url, e) -> first.add(firstEntries.getOrDefault(url, e)));
    String next = Sizes.label(SiteArchive.zipSize(first), lang);
    return !next.equals(firstLabel) && next.equals(label);
  }

  private long estimate() {
    return SiteArchive.estimate(
        name,
        new ArrayList<>(entries.keySet()),
        lengths::get,
        url -> {
          SiteArchive.Sample z = zeroSamples.get(url);
          if (z != null) return z;
          SiteArchive.Entry e = entries.get(url);
          return new SiteArchive.Sample(e.size(), e.deflated().length);
        });
  }
}
