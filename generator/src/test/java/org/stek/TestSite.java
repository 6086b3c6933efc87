package org.stek;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.stek.report.Problems;
import org.stek.search.SearchDocuments;
import org.stek.search.SearchIndex;

/**
 * A whole mini-site written inline in a test, built with the real default theme, its pages parsed
 * with jsoup. Integration tests read like Hugo's: files in, build, assert on pages.
 */
public final class TestSite {
  /** The repository root: set by Maven (stek.repo), else found from the working directory. */
  public static final Path REPO = repo();

  public static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  /** A small but complete site.yaml: two taxonomies, both rating scales, a base URL. */
  public static final String SITE_YAML =
      """
      title: Testbank
      tagline: Voorbeelden om te testen
      description: Een kleine kennisbank voor tests.
      language: nl
      base_url: https://test.example.org/
      countries:
        BE: {nl: België, en: Belgium}
        NL: {nl: Nederland, en: Netherlands}
      taxonomies:
        themes:
          label: {nl: "Thema's", en: Themes}
          singular: {nl: Thema, en: Theme}
          values:
            - {key: onderwijs, label: {nl: Onderwijs, en: Education}, description: Over school en leren.}
            - {key: pesten, label: {nl: Pesten, en: Bullying}, description: Pesten voorkomen en aanpakken.}
            - {key: meertaligheid, label: {nl: Meertaligheid, en: Multilingualism}, description: Talen op school.}
        regions:
          label: {nl: "Regio's", en: Regions}
          singular: {nl: Regio, en: Region}
          field: region
          multiple: false
          values:
            - {key: west-vlaanderen, label: {nl: West-Vlaanderen, en: West Flanders}, description: Provincie in Vlaanderen.}
            - {key: noord-brabant, label: {nl: Noord-Brabant, en: North Brabant}, description: Provincie in Nederland.}
      ratings:
        reach:
          label: {nl: Bereik, en: Reach}
          levels:
            - {level: 1, label: {nl: Klein, en: Small}, description: Eén klas of school.}
            - {level: 2, label: {nl: Beperkt, en: Limited}, description: Enkele scholen.}
            - {level: 3, label: {nl: Breed, en: Wide}, description: Een hele gemeente.}
            - {level: 4, label: {nl: Zeer breed, en: Very wide}, description: Een regio of meer.}
        recurrence:
          label: {nl: Terugkerend, en: Recurring}
          levels:
            - {level: 1, label: {nl: Eenmalig, en: Once}, description: Eén keer gebeurd.}
            - {level: 2, label: {nl: Af en toe, en: Now and then}, description: Af en toe herhaald.}
            - {level: 3, label: {nl: Regelmatig, en: Regularly}, description: Elk jaar of vaker.}
            - {level: 4, label: {nl: Structureel, en: Structural}, description: Vast ingebed.}
      """;

  private final Path root;

  private TestSite(Path root) {
    this.root = root;
  }

  /** A site in {@code dir} with {@link #SITE_YAML}; add cards with {@link #file}. */
  public static TestSite in(Path dir) {
    return new TestSite(dir).file("site.yaml", SITE_YAML);
  }

  public TestSite file(String relative, String text) {
    return bytes(relative, text.getBytes(StandardCharsets.UTF_8));
  }

  public TestSite bytes(String relative, byte[] data) {
    try {
      Path p = content().resolve(relative);
      Files.createDirectories(p.getParent());
      Files.write(p, data);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A valid practice card with the given slug, title and themes, and an optional body. */
  public TestSite practice(String slug, String title, String themes, String body) {
    return file(
        "practices/" + slug + ".md",
        """
        ---
        title: "%s"
        summary: "Een korte samenvatting van %s."
        themes: [%s]
        organisation: Stad Brugge
        municipality: Brugge
        region: west-vlaanderen
        country: BE
        reach: 2
        recurrence: 3
        published: 2025-03-12
        ---
        %s
        """
            .formatted(title, title, themes, body));
  }

  /**
   * A valid practice card's text: {@code title}, a summary, the theme onderwijs, country, ratings
   * and date, and the other front matter lines in {@code fields} (organisation, …).
   */
  public static String practiceText(String title, String fields) {
    return """
        ---
        title: "%s"
        summary: "Samenvatting van %s."
        themes: [onderwijs]
        country: BE
        reach: 2
        recurrence: 3
        published: 2025-03-12
        %s
        ---
        Tekst.
        """
        .formatted(title, title, fields);
  }

  public Path content() {
    return root.resolve("content");
  }

  public Path out() {
    return root.resolve("site");
  }

  public BuildOptions options() {
    return new BuildOptions(content(), REPO.resolve("themes/default"), out(), false, TODAY);
  }

  public BuildResult build() {
    try {
      return Stek.build(options());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public BuildResult check() {
    try {
      return Stek.check(options());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A built page, parsed; its location is set so relative links resolve to file: URLs. */
  public Document page(String url) {
    try {
      Path p = out().resolve(url);
      return Jsoup.parse(p.toFile(), "UTF-8", p.toUri().toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The sample knowledge base of this repository with the default theme, built into {@code out}.
   */
  public static BuildOptions sample(Path out) {
    return new BuildOptions(
        REPO.resolve("content"), REPO.resolve("themes/default"), out, false, TODAY);
  }

  /**
   * The search index of a content folder, read as a build reads it (as {@code stek search} opens
   * it); null when the content has errors (they are in {@code problems}).
   */
  public static SearchIndex searchIndex(BuildOptions options, Problems problems) {
    Stek.Content c = Stek.read(options, problems);
    return c == null
        ? null
        : SearchIndex.build(SearchDocuments.of(c.kb(), c.bodies()), c.kb().config().language());
  }

  /** The synonym groups of a content folder's site.yaml, analysed as {@code stek search} does. */
  public static org.stek.search.SynonymGraph synonyms(BuildOptions options) {
    org.stek.config.SiteConfig c =
        org.stek.config.SiteConfigLoader.load(options.content(), new Problems());
    return org.stek.search.SynonymGraph.of(
        c.synonyms(), org.stek.search.SearchAnalyzer.forLanguage(c.language()), null, null);
  }

  /** Copies a folder and everything in it into {@code to}, emptied first. */
  public static void copyTree(Path from, Path to) throws IOException {
    if (Files.exists(to)) {
      try (Stream<Path> s = Files.walk(to)) {
        for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
      }
    }
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(t);
        else Files.copy(p, t);
      }
    }
  }

  /**
   * The command line of {@code stek ARGS} in a JVM of its own with these JVM options and this
   * test's class path, as a user's {@code java -jar stek.jar} runs it.
   */
  public static java.util.List<String> stekCommand(java.util.List<String> jvm, String... args) {
    java.util.List<String> cmd = new java.util.ArrayList<>();
    cmd.add(ProcessHandle.current().info().command().orElse("java"));
    cmd.addAll(jvm);
    cmd.addAll(
        java.util.List.of("-cp", System.getProperty("java.class.path"), "org.stek.cli.Main"));
    cmd.addAll(java.util.List.of(args));
    return cmd;
  }

  /** A folder for the whole test run (fuzz tests reuse one site), removed when the JVM exits. */
  public static Path tempDir(String prefix) {
    try {
      Path d = Files.createTempDirectory(prefix);
      d.toFile().deleteOnExit();
      return d;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path repo() {
    String prop = System.getProperty("stek.repo");
    if (prop != null) return Path.of(prop).toAbsolutePath().normalize();
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.exists(p.resolve("themes/default"))) p = p.getParent();
    return p == null ? Path.of("").toAbsolutePath() : p;
  }
}
