package org.stek;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.stek.browse.FacetData;
import org.stek.config.SiteConfig;
import org.stek.config.SiteConfigLoader;
import org.stek.content.ContentLoader;
import org.stek.content.KnowledgeBase;
import org.stek.content.Practice;
import org.stek.content.SourceFile;
import org.stek.content.Urls;
import org.stek.export.PracticesCsv;
import org.stek.export.PracticesJson;
import org.stek.markdown.MarkdownRenderer;
import org.stek.markdown.RenderedBody;
import org.stek.output.OutputGuard;
import org.stek.output.SiteArchive;
import org.stek.output.StagedOutput;
import org.stek.related.RelatedDocument;
import org.stek.related.RelatedFinder;
import org.stek.render.Feeds;
import org.stek.render.SiteRenderer;
import org.stek.render.ViewModel;
import org.stek.report.Problems;
import org.stek.schema.SchemaFiles;
import org.stek.search.SearchIndex;
import org.stek.search.SiteSearch;

/**
 * The facade: one call builds a site. The method body is the pipeline, stage by stage: config,
 * content, markdown, index, then related beside search (the export) and facets, render, output.
 * Each stage is timed.
 */
public final class Stek {
  private final BuildOptions options;
  private final Map<String, Long> stages =
      java.util.Collections.synchronizedMap(new LinkedHashMap<>());

  /** Runs a stage beside the main thread; daemon, so it never keeps a failed build alive. */
  private static final Executor SIDE =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "stek-side-stage");
            t.setDaemon(true);
            return t;
          });

  private final Problems problems = new Problems();

  private Stek(BuildOptions options) {
    this.options = options;
  }

  /** Builds the site; with any content error nothing is written and the old site stays. */
  public static BuildResult build(BuildOptions options) throws IOException {
    return new Stek(options).run(true);
  }

  /** Runs every check of a build, writes nothing. */
  public static BuildResult check(BuildOptions options) throws IOException {
    return new Stek(options).run(false);
  }

  private BuildResult run(boolean write) throws IOException {
    long start = System.nanoTime();
    Path theme = Themes.resolve(options.theme());
    if (write) {
      String refused = OutputGuard.check(options.out(), options.content(), theme);
      if (refused != null) throw new IOException(refused);
    }
    SiteConfig config = stage("config", () -> SiteConfigLoader.load(options.content(), problems));
    if (config == null) return result(start, null, 0, false);
    Content content = load(config);
    if (problems.hasErrors() || !write) return result(start, content.kb(), 0, false);
    KnowledgeBase kb = content.kb();
    Map<String, RenderedBody> bodies = content.bodies();
    int pages;
    try (StagedOutput out = new StagedOutput(options.out())) {
      Map<String, List<String>> related;
      try (SearchIndex index = stage("index", () -> SiteSearch.index(kb, bodies))) {
        // Every text is analysed once, into the search index. The related queries and the search
        // export only read it and need nothing from each other: side by side, each fills the
        // cores the other leaves idle.
        CompletableFuture<Map<String, List<String>>> relatedLater =
            CompletableFuture.supplyAsync(() -> stage("related", () -> related(kb, index)), SIDE);
        stage("search", () -> SiteSearch.export(index, out::write));
        stage("facets", () -> FacetData.write(kb, out::write));
        related = relatedLater.join();
      }
      SiteRenderer renderer = new SiteRenderer(theme, kb); // also renders the download page
      // The data exports and assets need no page: they are written beside the pages (the
      // render stage leaves gaps on the cores, the exports are one thread).
      CompletableFuture<Void> exportsLater =
          CompletableFuture.runAsync(
              () ->
                  stage(
                      "exports",
                      () -> {
                        copyAssets(theme, kb, out);
                        PracticesJson.write(kb, bodies, out);
                        PracticesCsv.write(kb, out::write);
                        SchemaFiles.write(kb.config(), options.today(), out::write);
                        return null;
                      }),
              SIDE);
      try {
        pages = stage("render", () -> render(renderer, kb, bodies, related, out));
      } finally {
        join(exportsLater); // never leave it writing into a staging folder being removed
      }
      stage(
          "output",
          () -> {
            archive(kb, renderer, out);
            commit(out);
            return null;
          });
    }
    return result(start, kb, pages, true);
  }

  /** The content as a build reads it: the knowledge base and every card body rendered. */
  public record Content(KnowledgeBase kb, Map<String, RenderedBody> bodies) {}

  /**
   * The content and markdown stages. The cards' source text is needed only up to here and is
   * dropped on return (in a method of its own, so that no variable of the build keeps it: at
   * 100,000 cards it is more than half of a 2 GB heap).
   */
  private Content load(SiteConfig config) {
    KnowledgeBase loaded =
        stage(
            "content",
            () ->
                new ContentLoader(config, problems, options.drafts(), options.today())
                    .load(options.content()));
    Map<String, RenderedBody> bodies = stage("markdown", () -> markdown(loaded));
    return new Content(loaded.withoutSourceText(), bodies);
  }

  /**
   * Reads and renders the content exactly as a build does, writing nothing (for {@code stek
   * search}); null when it has errors, which are added to {@code sink}.
   */
  public static Content read(BuildOptions options, Problems sink) {
    Stek s = new Stek(options);
    SiteConfig config = SiteConfigLoader.load(options.content(), s.problems);
    KnowledgeBase kb =
        config == null
            ? null
            : new ContentLoader(config, s.problems, options.drafts(), options.today())
                .load(options.content());
    Map<String, RenderedBody> bodies = kb == null ? null : s.markdown(kb);
    s.problems.sorted().forEach(sink::add);
    return kb == null || s.problems.hasErrors() ? null : new Content(kb, bodies);
  }

  private Map<String, RenderedBody> markdown(KnowledgeBase kb) {
    return markdown(kb, sources(kb), problems);
  }

  /** Every card's source: practices, recommendations, pages. */
  public static List<SourceFile> sources(KnowledgeBase kb) {
    List<SourceFile> sources = new ArrayList<>();
    kb.practices().forEach(p -> sources.add(p.source()));
    kb.recommendations().forEach(r -> sources.add(r.source()));
    kb.pages().forEach(p -> sources.add(p.source()));
    return sources;
  }

  /**
   * The markdown stage for some of the cards of {@code kb} (all of them in a build): links are
   * checked against every card and asset of {@code kb}.
   */
  public static Map<String, RenderedBody> markdown(
      KnowledgeBase kb, List<SourceFile> sources, Problems problems) {
    Set<String> assets = new HashSet<>(kb.assets());
    assets.add(org.stek.schema.ContributeForm.URL); // a generated page that cards may link to
    long chars = 0;
    for (SourceFile s : sources(kb)) chars += s.body().length();
    MarkdownRenderer md =
        new MarkdownRenderer(assets, RenderedBody.compact(chars, Runtime.getRuntime().maxMemory()));
    Set<String> cards = new HashSet<>();
    sources(kb).forEach(s -> cards.add(s.relative()));
    Map<String, RenderedBody> out = new ConcurrentHashMap<>();
    sources.parallelStream()
        .forEach(
            s -> out.put(s.relative(), md.render(s, Urls.ofCard(s.relative()), cards, problems)));
    return out;
  }

  /**
   * The related stage: up to four related practice slugs per practice slug, read from the site's
   * search index ({@link SiteSearch#index}).
   */
  public static Map<String, List<String>> related(KnowledgeBase kb, SearchIndex index) {
    return RelatedFinder.find(index, relatedDocuments(kb));
  }

  /**
   * What the related stage needs besides the search index: each practice's slug and themes, in the
   * order of the index.
   */
  public static List<RelatedDocument> relatedDocuments(KnowledgeBase kb) {
    List<RelatedDocument> docs = new ArrayList<>();
    for (Practice p : kb.practices()) docs.add(new RelatedDocument(p.slug(), p.values("themes")));
    return docs;
  }

  private static int render(
      SiteRenderer renderer,
      KnowledgeBase kb,
      Map<String, RenderedBody> bodies,
      Map<String, List<String>> related,
      StagedOutput out) {
    List<String> urls = java.util.Collections.synchronizedList(new ArrayList<>());
    int pages =
        renderer.render(
            bodies,
            related,
            (url, bytes) -> {
              urls.add(url);
              out.write(url, bytes);
            });
    Feeds.write(kb, List.copyOf(urls), out::write);
    return pages;
  }

  private static void copyAssets(Path theme, KnowledgeBase kb, StagedOutput out) {
    assets(theme, kb).forEach((url, file) -> out.copy(file, url));
  }

  /** The files copied as they are, by URL: the theme's assets, then the content's images. */
  public static Map<String, Path> assets(Path theme, KnowledgeBase kb) {
    Map<String, Path> files = new LinkedHashMap<>();
    Path assets = theme.resolve("assets");
    if (Files.isDirectory(assets)) {
      try (Stream<Path> s = Files.walk(assets)) {
        s.filter(Files::isRegularFile)
            .forEach(
                f -> files.put("assets/" + assets.relativize(f).toString().replace('\\', '/'), f));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    for (String a : kb.assets()) files.put(a, kb.contentDir().resolve(a));
    return files;
  }

  /**
   * The offline archive: every file but the download page, zipped once all are staged (unchanged
   * entries copied from the previous site's zip); then the download page, with the zip's size and
   * hash.
   */
  private static void archive(KnowledgeBase kb, SiteRenderer renderer, StagedOutput out) {
    try {
      SiteArchive.Zipped zip =
          SiteArchive.write(out.staging(), Urls.archive(kb.config().title()), out.out());
      renderer.download(new ViewModel.Archive(zip.url(), zip.size(), zip.sha256()), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits for a side stage; its failure is this thread's. */
  private static void join(CompletableFuture<?> side) {
    try {
      side.join();
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error err) throw err;
      throw e;
    }
  }

  private static void commit(StagedOutput out) {
    try {
      out.commit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private <T> T stage(String name, Supplier<T> work) {
    long t = System.nanoTime();
    try {
      return work.get();
    } finally {
      stages.put(name, (System.nanoTime() - t) / 1_000_000);
    }
  }

  private BuildResult result(long start, KnowledgeBase kb, int pages, boolean written) {
    long total = (System.nanoTime() - start) / 1_000_000;
    return BuildResult.of(
        problems.sorted(),
        kb,
        pages,
        java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stages)),
        total,
        written);
  }
}
