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
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
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
  static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  static final Set<String> RESERVED_PAGE_SLUGS = Set.of("index", "404", "feed", "sitemap");

  private final SiteConfig config;
  private final Problems problems;
  private final boolean drafts;
  private final CardParser parser;

  public ContentLoader(SiteConfig config, Problems problems, boolean drafts, LocalDate today) {
    this.config = config;
    this.problems = problems;
    this.drafts = drafts;
    this.parser = new CardParser(config, problems, today);
  }

  /** Loads every card; problems go to the collector, and the cards that could be read are kept. */
  public KnowledgeBase load(Path contentDir) {
    KnowledgeBase kb = loadCards(contentDir);
    checkAcross(kb);
    return kb;
  }

  /** {@link #load} without the {@link #checkAcross checks between cards}. */
  public KnowledgeBase loadCards(Path contentDir) {
    List<Path> files = walk(contentDir);
    List<Path> md = new ArrayList<>();
    List<String> assets = new ArrayList<>();
    for (Path f : files) {
      String rel = relative(contentDir, f);
      if (rel.equals(SiteConfigLoader.FILE_NAME)) continue;
      if (rel.endsWith(".md")) md.add(f);
      else {
        assets.add(rel);
        AssetCheck.check(f, rel, problems);
      }
    }
    List<Practice> practices = cards(contentDir, md, PRACTICES, parser::practice);
    List<Recommendation> recs = cards(contentDir, md, RECOMMENDATIONS, parser::recommendation);
    List<Page> pages = cards(contentDir, md, PAGES, parser::page);
    for (Path f : md) {
      String rel = relative(contentDir, f);
      if (!rel.startsWith(PRACTICES + "/")
          && !rel.startsWith(RECOMMENDATIONS + "/")
          && !rel.startsWith(PAGES + "/")) {
        problems.warning(
            f,
            0,
            0,
            "this Markdown file is not in practices/, recommendations/ or pages/ and is not published",
            "move it into one of those folders");
      }
    }
    if (practices.isEmpty() && md.isEmpty()) {
      problems.error(
          contentDir,
          0,
          0,
          "the content folder has no cards",
          "add practices/<slug>.md files (stek new practice \"Title\")");
    }
    practices = practices.stream().filter(p -> drafts || !p.draft()).toList();
    recs = recs.stream().filter(r -> drafts || !r.draft()).toList();
    pages = pages.stream().filter(p -> drafts || !p.draft()).toList();
    return new KnowledgeBase(contentDir, config, practices, recs, pages, List.copyOf(assets));
  }

  /** Whether a card is published (a draft only with {@code --drafts}). */
  public boolean published(Object card) {
    return drafts
        || !(card instanceof Practice p && p.draft()
            || card instanceof Recommendation r && r.draft()
            || card instanceof Page g && g.draft());
  }

  /**
   * Reads one card file again, exactly as {@link #load} reads it (for the preview's incremental
   * rebuild): a {@link Practice}, {@link Recommendation} or {@link Page}, or null when it cannot be
   * read (the problems say why).
   */
  public Object card(Path contentDir, Path file) {
    String rel = relative(contentDir, file);
    String slug = slugOf(file);
    if (slug == null) return null;
    SourceFile src = read(contentDir, file);
    if (src == null) return null;
    if (rel.startsWith(PRACTICES + "/")) return parser.practice(slug, src);
    if (rel.startsWith(RECOMMENDATIONS + "/")) return parser.recommendation(slug, src);
    if (rel.startsWith(PAGES + "/")) return parser.page(slug, src);
    return null;
  }

  /** The checks between cards: references, images, reserved names. */
  public void checkAcross(KnowledgeBase kb) {
    checkReferences(kb.practices(), kb.recommendations(), new HashSet<>(kb.assets()));
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
  }

  private <T> List<T> cards(
      Path contentDir, List<Path> md, String folder, BiFunction<String, SourceFile, T> parse) {
    List<Path> mine =
        md.stream().filter(f -> relative(contentDir, f).startsWith(folder + "/")).toList();
    Map<String, Path> seen = new HashMap<>();
    List<String> slugs = new ArrayList<>();
    for (Path f : mine) {
      String slug = slugOf(f);
      slugs.add(slug);
      String name = f.getFileName().toString();
      String folded = fold(name);
      Path other = seen.putIfAbsent(folded, f);
      if (other != null) {
        problems.error(
            f,
            0,
            0,
            "the name collides with " + other + " on disks that ignore case or accents",
            "rename one of the two files");
      }
    }
    // Parsing is independent per file: do it in parallel, keep the order of the sorted file list.
    return java.util.stream.IntStream.range(0, mine.size())
        .parallel()
        .mapToObj(
            i -> {
              String slug = slugs.get(i);
              if (slug == null) return null;
              Path f = mine.get(i);
              SourceFile src = read(contentDir, f);
              return src == null ? null : parse.apply(slug, src);
            })
        .filter(Objects::nonNull)
        .toList();
  }

  private SourceFile read(Path contentDir, Path f) {
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

  private String slugOf(Path f) {
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

  private void checkReferences(
      List<Practice> practices, List<Recommendation> recs, Set<String> assets) {
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

  /**
   * Where {@code item} is written as a whole word in the value of the top-level field {@code key}
   * (a flow list on the key's line or a block list below it). Searching the whole front matter
   * would point at the title or summary when they happen to contain the same word.
   */
  private static int[] positionOfItem(SourceFile src, String key, String item) {
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
  private static int[] positionOf(SourceFile src, String text) {
    String[] lines = src.frontMatter().split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int c = lines[i].indexOf(text);
      if (c >= 0) return new int[] {src.frontMatterLine() + i, c + 1};
    }
    return new int[] {0, 0};
  }

  private List<Path> walk(Path contentDir) {
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
