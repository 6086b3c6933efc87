package org.stek.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.stek.config.SiteConfig;
import org.stek.config.SiteConfigLoader;
import org.stek.report.Problems;
import org.stek.report.Suggestions;

/**
 * Reads a content folder: {@code practices/}, {@code recommendations/} and {@code pages/} hold
 * Markdown cards; every other file (images, attachments) is published as it is, if {@link
 * AssetCheck} allows it.
 */
public final class ContentLoader {
  public static final String PRACTICES = "practices";
  public static final String RECOMMENDATIONS = "recommendations";
  public static final String PAGES = "pages";
  public static final String ORGANISATIONS = "organisations";
  public static final String EVENTS = "events";
  static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  static final Set<String> RESERVED_PAGE_SLUGS = Set.of("index", "404", "feed", "sitemap");

  private final SiteConfig config;
  private final boolean drafts;
  private final LocalDate today;

  public ContentLoader(SiteConfig config, boolean drafts, LocalDate today) {
    this.config = config;
    this.drafts = drafts;
    this.today = today;
  }

  /**
   * The files of a content folder: the card files (sorted by path) and the assets.
   *
   * @param cards the Markdown files in practices/, recommendations/ and pages/
   * @param assets paths of the other files relative to the content folder, '/'-separated
   */
  public record ContentFiles(List<Path> cards, List<String> assets) {}

  /**
   * Walks the content folder. The problems of the folder itself (unsafe assets, Markdown files
   * outside the card folders, names that collide, no cards at all) go to {@code problems}.
   */
  public ContentFiles files(Path contentDir, Problems problems) {
    List<Path> md = new ArrayList<>();
    List<String> assets = new ArrayList<>();
    for (Path f : walk(contentDir, problems)) {
      String rel = relative(contentDir, f);
      if (rel.equals(SiteConfigLoader.FILE_NAME)) continue;
      if (rel.endsWith(".md")) md.add(f);
      else {
        assets.add(rel);
        AssetCheck.check(f, rel, problems);
      }
    }
    List<Path> cards = new ArrayList<>();
    Map<String, Path> seen = new HashMap<>();
    for (Path f : md) {
      String rel = relative(contentDir, f);
      if (!rel.startsWith(PRACTICES + "/")
          && !rel.startsWith(RECOMMENDATIONS + "/")
          && !rel.startsWith(PAGES + "/")
          && !rel.startsWith(ORGANISATIONS + "/")
          && !rel.startsWith(EVENTS + "/")) {
        problems.warning(
            f,
            0,
            0,
            "this Markdown file is not in practices/, recommendations/, pages/, organisations/"
                + " or events/ and is not published",
            "move it into one of those folders");
        continue;
      }
      cards.add(f);
      Path other = seen.putIfAbsent(folder(rel) + fold(f.getFileName().toString()), f);
      if (other != null) {
        problems.error(
            f,
            0,
            0,
            "the name collides with " + other + " on disks that ignore case or accents",
            "rename one of the two files");
      }
    }
    if (md.isEmpty()) {
      problems.error(
          contentDir,
          0,
          0,
          "the content folder has no cards",
          "add practices/<slug>.md files (stek new practice \"Title\")");
    }
    return new ContentFiles(List.copyOf(cards), List.copyOf(assets));
  }

  /** The card folder a content path is in ("practices/"), whatever lies between. */
  private static String folder(String rel) {
    return rel.substring(0, rel.indexOf('/') + 1);
  }

  /**
   * Reads one card file of {@link #files}: a {@link Practice}, {@link Recommendation} or {@link
   * Page}, or null when it cannot be read (the problems say why).
   */
  public Card card(Path contentDir, Path file, Problems problems) {
    String rel = relative(contentDir, file);
    String slug = slugOf(file, problems);
    SourceFile src = slug == null ? null : read(contentDir, file, problems);
    CardParser parser = new CardParser(config, problems, today);
    Card card = null;
    if (src != null) {
      if (rel.startsWith(PRACTICES + "/")) card = parser.practice(slug, src);
      else if (rel.startsWith(RECOMMENDATIONS + "/")) card = parser.recommendation(slug, src);
      else if (rel.startsWith(PAGES + "/")) card = parser.page(slug, src);
      else if (rel.startsWith(ORGANISATIONS + "/")) card = parser.organisation(slug, src);
      else if (rel.startsWith(EVENTS + "/")) card = parser.event(slug, src);
    }
    return card;
  }

  /**
   * The published cards (drafts only with {@code --drafts}) as a knowledge base, checked against
   * each other: references, images, reserved names.
   *
   * @param cards in the order of {@link ContentFiles#cards}
   */
  public KnowledgeBase knowledgeBase(
      Path contentDir, List<Card> cards, List<String> assets, Problems problems) {
    List<Card> published = cards.stream().filter(c -> drafts || !c.draft()).toList();
    KnowledgeBase kb = KnowledgeBase.of(contentDir, config, published, assets);
    checkReferences(kb.practices(), kb.recommendations(), new HashSet<>(assets), problems);
    ProfileCheck.check(kb, new HashSet<>(assets), problems);
    EventCheck.check(kb, problems);
    checkAttachments(contentDir, kb.practices(), new HashSet<>(assets), problems);
    for (Page p : kb.pages()) {
      if (RESERVED_PAGE_SLUGS.contains(p.slug())) {
        problems.error(
            p.source().path(),
            0,
            0,
            "the page name '" + p.slug() + "' is reserved",
            "rename the file");
      }
    }
    return kb;
  }

  private SourceFile read(Path contentDir, Path f, Problems problems) {
    try {
      long kb = Files.size(f) / 1024;
      if (kb > config.limits().cardErrorKb()) {
        problems.error(
            f,
            0,
            0,
            "the card is "
                + kb
                + " KiB, above the limit of "
                + config.limits().cardErrorKb()
                + " KiB",
            "a card is a page of text: put large files beside it and link them; the limit is limits.card_error_kb in site.yaml");
        return null;
      }
      if (kb > config.limits().cardWarningKb()) {
        problems.warning(
            f,
            0,
            0,
            "the card is large (" + kb + " KiB)",
            "keep a card to a page or two of text; the limit is limits.card_warning_kb in site.yaml");
      }
      return SourceReader.read(f, relative(contentDir, f), Files.readAllBytes(f), problems);
    } catch (IOException e) {
      problems.error(f, 0, 0, "cannot read the file: " + e.getMessage(), null);
      return null;
    }
  }

  private static String slugOf(Path f, Problems problems) {
    String name = f.getFileName().toString();
    String slug = name.substring(0, name.length() - 3);
    if (!SLUG.matcher(slug).matches()) {
      problems.error(
          f,
          0,
          0,
          "the file name '" + name + "' is not a valid slug",
          "rename it to '" + Slugs.of(slug) + ".md' (lowercase letters, digits and '-')");
      return null;
    }
    return slug;
  }

  private static void checkReferences(
      List<Practice> practices, List<Recommendation> recs, Set<String> assets, Problems problems) {
    Set<String> slugs = new HashSet<>();
    practices.forEach(p -> slugs.add(p.slug()));
    for (Recommendation r : recs) {
      for (String s : r.practices()) {
        if (!slugs.contains(s)) {
          int[] at = positionOfItem(r.source(), "practices", s);
          problems.error(
              r.source().path(),
              at[0],
              at[1],
              "no practice '" + s + "' exists",
              Suggestions.didYouMean(s, slugs.stream().sorted().toList()));
        }
      }
    }
    for (Practice p : practices) {
      if (p.image() != null && !assets.contains(p.image().file())) {
        int[] at = positionOf(p.source(), "file:");
        problems.error(
            p.source().path(),
            at[0],
            at[1],
            "the image '" + p.image().file() + "' does not exist",
            "put the image file beside the card");
      }
    }
  }

  /** Every attachment a card lists exists beside the cards; a large one is a warning. */
  private void checkAttachments(
      Path contentDir, List<Practice> practices, Set<String> assets, Problems problems) {
    long limit = config.limits().attachmentWarningKb() * 1024L;
    for (Practice p : practices) {
      for (Practice.Attachment a : p.attachments()) {
        Path at = p.source().path();
        if (!assets.contains(a.file())) {
          problems.error(
              at,
              a.line(),
              a.column(),
              "the attachment '" + a.file() + "' does not exist",
              "put the file beside the card, or correct its name");
          continue;
        }
        long size = sizeOf(contentDir.resolve(a.file()));
        if (size > limit) {
          problems.warning(
              at,
              a.line(),
              a.column(),
              "the attachment '" + a.file() + "' is " + size / 1024 + " KiB",
              "a long download on a phone: make it smaller, or raise limits.attachment_warning_kb in site.yaml");
        }
      }
    }
  }

  /** A file's size in bytes, 0 when it cannot be read (the walk reported that already). */
  public static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }

  /**
   * Where {@code item} is written as a whole word in the value of the top-level field {@code key}
   * (a flow list on the key's line or a block list below it). Searching the whole front matter
   * would point at the title or summary when they happen to contain the same word.
   */
  static int[] positionOfItem(SourceFile src, String key, String item) {
    String[] lines = src.frontMatter().split("\n", -1);
    Pattern word = Pattern.compile("(?<![a-z0-9-])" + Pattern.quote(item) + "(?![a-z0-9-])");
    boolean inValue = false;
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i];
      int from = 0;
      if (l.startsWith(key + ":")) {
        inValue = true;
        from = key.length() + 1;
      } else if (inValue
          && !l.isEmpty()
          && !Character.isWhitespace(l.charAt(0))
          && l.charAt(0) != '-') {
        break; // the next top-level field
      }
      if (!inValue) continue;
      java.util.regex.Matcher m = word.matcher(l);
      if (m.find(from)) return new int[] {src.frontMatterLine() + i, m.start() + 1};
    }
    return positionOf(src, item);
  }

  /** Where a text first appears in the front matter, for problems found after parsing. */
  static int[] positionOf(SourceFile src, String text) {
    String[] lines = src.frontMatter().split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int c = lines[i].indexOf(text);
      if (c >= 0) return new int[] {src.frontMatterLine() + i, c + 1};
    }
    return new int[] {0, 0};
  }

  private static List<Path> walk(Path contentDir, Problems problems) {
    Path realRoot;
    try {
      realRoot = contentDir.toRealPath();
    } catch (IOException e) {
      problems.error(contentDir, 0, 0, "the content folder does not exist", "pass --content DIR");
      return List.of();
    }
    List<Path> out = new ArrayList<>();
    try (Stream<Path> s = Files.walk(contentDir)) {
      // Sorted by content path, each computed once (not twice per comparison).
      s.filter(p -> !p.equals(contentDir))
          .filter(p -> !hidden(contentDir, p))
          .map(p -> Map.entry(relative(contentDir, p), p))
          .sorted(Map.Entry.comparingByKey())
          .map(Map.Entry::getValue)
          .forEach(
              p -> {
                if (Files.isSymbolicLink(p)) {
                  try {
                    Path real = p.toRealPath();
                    if (!real.startsWith(realRoot)) {
                      problems.error(
                          p,
                          0,
                          0,
                          "a link that points outside the content folder is not published",
                          "copy the file into the content folder");
                      return;
                    }
                    if (Files.isDirectory(real)) {
                      // Never followed: that avoids loops and cards published twice.
                      problems.warning(
                          p,
                          1,
                          1,
                          "a link to a folder is not followed",
                          "move or copy the files into the content folder");
                      return;
                    }
                  } catch (IOException e) {
                    problems.error(p, 0, 0, "a broken or looping link", "remove it");
                    return;
                  }
                }
                if (Files.isRegularFile(p)) out.add(p);
                else if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
                    && !Files.isSymbolicLink(p)) {
                  problems.warning(p, 0, 0, "not a regular file; skipped", null);
                }
              });
    } catch (IOException | UncheckedIOException e) {
      problems.error(contentDir, 0, 0, "cannot read the content folder: " + e.getMessage(), null);
    }
    return out;
  }

  private static boolean hidden(Path root, Path p) {
    for (Path part : root.relativize(p)) if (part.toString().startsWith(".")) return true;
    return false;
  }

  static String relative(Path root, Path p) {
    return root.relativize(p).toString().replace('\\', '/');
  }

  /** Case and accents folded: two slugs equal here collide on macOS and Windows disks. */
  static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT);
  }
}
