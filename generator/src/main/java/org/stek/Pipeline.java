package org.stek;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.stek.browse.EventFacets;
import org.stek.browse.FacetData;
import org.stek.browse.ProfileFacets;
import org.stek.config.Section;
import org.stek.config.SiteConfig;
import org.stek.config.SiteConfigLoader;
import org.stek.content.Card;
import org.stek.content.ContentLoader;
import org.stek.content.KnowledgeBase;
import org.stek.content.Practice;
import org.stek.content.Urls;
import org.stek.export.PracticesCsv;
import org.stek.export.PracticesJson;
import org.stek.export.SectionShards;
import org.stek.files.SiteOutput;
import org.stek.markdown.MarkdownRenderer;
import org.stek.markdown.RenderedBody;
import org.stek.output.SiteArchive;
import org.stek.related.RelatedDocument;
import org.stek.related.RelatedFinder;
import org.stek.render.EventCalendars;
import org.stek.render.Feeds;
import org.stek.render.Messages;
import org.stek.render.SiteRenderer;
import org.stek.render.ViewModel;
import org.stek.report.Problem;
import org.stek.report.Problems;
import org.stek.schema.ContributeForm;
import org.stek.schema.SchemaFiles;
import org.stek.search.IndexExport;
import org.stek.search.SearchAnalyzer;
import org.stek.search.SearchDocument;
import org.stek.search.SearchDocuments;
import org.stek.search.SearchIndex;
import org.stek.search.SynonymGraph;

/**
 * The stages of a build, in order: config, cards, bodies (Markdown), then {@link #publish}: the
 * search index; related practices beside the search export and the facets; the pages beside the
 * data exports. Each stage is a function of its input; {@link Reuse} decides whether it runs or its
 * last output serves. Both drivers run these same stages: {@link Stek} once into a staging folder,
 * the preview ({@code serve}) again after every edit.
 */
public final class Pipeline {
  /** Runs a stage beside the main thread; daemon, so it never keeps a failed build alive. */
  private static final Executor STAGE_THREADS =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "stek-beside");
            t.setDaemon(true);
            return t;
          });

  private final BuildOptions options;
  private final Path theme;
  private final LocalDate today;
  private final Reuse reuse;
  private final StageTimes times;
  private final Problems problems;

  /** The renderer of the pages, which also renders the download page once the zip is written. */
  private SiteRenderer renderer;

  public Pipeline(
      BuildOptions options,
      Path theme,
      LocalDate today,
      Reuse reuse,
      StageTimes times,
      Problems problems) {
    this.options = options;
    this.theme = theme;
    this.today = today;
    this.reuse = reuse;
    this.times = times;
    this.problems = problems;
  }

  /** A stage's output with the problems found making it, reported again whenever it is reused. */
  private record Checked<T>(T value, List<Problem> problems) {}

  /** {@link Reuse#get} for work that reports problems. */
  private <T> T checked(String stage, Object key, Object input, Function<Problems, T> work) {
    Checked<T> c =
        reuse.get(
            stage,
            key,
            input,
            in -> {
              Problems p = new Problems();
              T value = work.apply(p);
              return new Checked<>(value, p.sorted());
            });
    c.problems().forEach(problems::add);
    return c.value();
  }

  /** config: site.yaml, or null when it cannot be used. */
  public SiteConfig config() {
    Path content = options.content();
    return times.time(
        "config",
        () ->
            checked(
                "config",
                content,
                content,
                p -> {
                  SiteConfig c = SiteConfigLoader.load(content, p);
                  // An entry the search cannot use is reported with the rest of site.yaml.
                  if (c != null) synonyms(c, p);
                  return c;
                }));
  }

  /** The site's synonym groups analysed by its search chain; problems reported when given. */
  private SynonymGraph synonyms(SiteConfig c, Problems p) {
    return SynonymGraph.of(
        c.synonyms(),
        SearchAnalyzer.forLanguage(c.language()),
        options.content().resolve(SiteConfigLoader.FILE_NAME),
        p);
  }

  /**
   * cards: every card file parsed (in parallel; a card's input is its file, which the preview
   * forgets when the file changes) and checked against the others. The cards keep their source
   * text, which {@link #bodies} reads.
   */
  public KnowledgeBase cards(SiteConfig config) {
    Path content = options.content();
    ContentLoader loader = new ContentLoader(config, options.drafts(), today);
    return times.time(
        "content",
        () -> {
          ContentLoader.ContentFiles files =
              checked("files", content, content, p -> loader.files(content, p));
          List<Card> cards =
              files.cards().parallelStream()
                  .map(
                      f ->
                          checked(
                              "card",
                              f.toAbsolutePath().normalize(),
                              f,
                              p -> loader.card(content, f, p)))
                  .filter(Objects::nonNull)
                  .toList();
          return loader.knowledgeBase(content, cards, files.assets(), problems);
        });
  }

  /** What a card's links may point to: every published card and every other file, with its size. */
  private record LinkTargets(Set<String> cards, Map<String, Long> assets) {}

  /** What a card's body is rendered from: the card, what it may link to, its type's sections. */
  private record BodyInput(Card card, LinkTargets targets, List<Section> sections) {
    @Override
    public boolean equals(Object o) {
      // The targets are one instance while they are equal (see bodies), and so is a card that the
      // preview did not read again: no set and no unchanged text is compared.
      return o instanceof BodyInput b
          && b.targets == targets
          && (b.card == card || b.card.equals(card))
          && b.sections.equals(sections);
    }

    @Override
    public int hashCode() {
      return card.hashCode();
    }
  }

  /** bodies: every card's Markdown as HTML, by content path; links checked against every card. */
  public Map<String, RenderedBody> bodies(KnowledgeBase kb) {
    return times.time(
        "markdown",
        () -> {
          List<Card> cards = kb.cards();
          SiteConfig config = kb.config();
          Set<String> paths = new HashSet<>();
          cards.forEach(c -> paths.add(c.source().relative()));
          Map<String, Long> assets = new HashMap<>();
          for (String a : kb.assets()) {
            assets.put(a, ContentLoader.sizeOf(kb.contentDir().resolve(a)));
          }
          LinkTargets targets =
              reuse.get("link-targets", "", new LinkTargets(paths, assets), t -> t);
          long chars = 0;
          for (Card c : cards) chars += c.source().body().length();
          boolean compact = RenderedBody.compact(chars, Runtime.getRuntime().maxMemory());
          MarkdownRenderer md =
              reuse.get(
                  "markdown-renderer",
                  "",
                  List.of(targets, compact, ContributeForm.urls(config)),
                  in -> {
                    Set<String> files = new HashSet<>(targets.assets().keySet());
                    files.addAll(ContributeForm.urls(config)); // generated pages cards may link to
                    return new MarkdownRenderer(files, compact, targets.assets());
                  });
          Map<String, RenderedBody> bodies = new ConcurrentHashMap<>();
          cards.parallelStream()
              .forEach(
                  c -> {
                    RenderedBody b =
                        checked(
                            "body",
                            c.source().relative(),
                            new BodyInput(c, targets, config.sections(c.type())),
                            p ->
                                md.render(
                                    c.source(),
                                    c.url(),
                                    targets.cards(),
                                    config.sections(c.type()),
                                    config.language(),
                                    p));
                    bodies.put(c.source().relative(), b);
                  });
          return bodies;
        });
  }

  /** What the related stage reads: each practice's themes, each search document's words. */
  private record RelatedInput(List<RelatedDocument> docs, List<List<Object>> words) {
    static RelatedInput of(KnowledgeBase kb, List<SearchDocument> search) {
      List<RelatedDocument> docs = new ArrayList<>();
      for (Practice p : kb.practices()) docs.add(new RelatedDocument(p.slug(), p.values("themes")));
      List<List<Object>> words = new ArrayList<>();
      for (SearchDocument d : search)
        words.add(List.of(d.kind(), d.title(), d.summary(), d.body()));
      return new RelatedInput(docs, words);
    }
  }

  /**
   * The stages after Markdown, into {@code out}: the search index; related practices beside the
   * search export and the facets; the pages beside the assets and data exports; the feeds. The
   * cards need no source text any more ({@link KnowledgeBase#withoutSourceText}).
   *
   * @return the URL of every page
   */
  public List<String> publish(KnowledgeBase kb, Map<String, RenderedBody> bodies, SiteOutput out) {
    List<SearchDocument> docs = SearchDocuments.of(kb, bodies);
    Map<String, List<String>> related;
    try (SearchIndex index = times.time("index", () -> reuse.index(docs, kb.config().language()))) {
      // Every text is analysed once, into the search index. The related queries and the search
      // export only read it and need nothing from each other: side by side, each fills the cores
      // the other leaves idle.
      CompletableFuture<Map<String, List<String>>> relatedLater =
          CompletableFuture.supplyAsync(
              () ->
                  times.time(
                      "related",
                      () ->
                          reuse.get(
                              "related",
                              "",
                              RelatedInput.of(kb, docs),
                              in -> RelatedFinder.find(index, in.docs()))),
              STAGE_THREADS);
      List<String> search =
          times.time(
              "search",
              () ->
                  reuse.get(
                      "search",
                      "",
                      List.of(docs, kb.config().synonyms()),
                      d -> export(index, synonyms(kb.config(), null), out)));
      search.forEach(out::keep);
      times.time(
          "facets",
          () ->
              FacetData.write(kb, out)
                  + ProfileFacets.write(kb, out)
                  + EventFacets.write(kb, today, words(kb), out));
      related = join(relatedLater);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // The data exports and assets need no page: they are written beside the pages (the render
    // stage leaves gaps on the cores, the exports are one thread).
    CompletableFuture<Void> exportsLater =
        CompletableFuture.runAsync(
            () ->
                times.time(
                    "exports",
                    () -> {
                      // An asset's input is its file, which the preview does not watch for
                      // change: a changed image or theme file starts it afresh.
                      List<String> copied =
                          reuse.get(
                              "assets",
                              "",
                              assets(kb),
                              files -> {
                                files.forEach((url, file) -> out.copy(file, url));
                                return List.copyOf(files.keySet());
                              });
                      copied.forEach(out::keep);
                      PracticesJson.write(kb, bodies, out);
                      PracticesCsv.write(kb, bodies, out);
                      SectionShards.write(kb, bodies, out);
                      SchemaFiles.write(kb.config(), today, out::write);
                      return null;
                    }),
            STAGE_THREADS);
    List<String> pages;
    try {
      pages = times.time("render", () -> render(kb, bodies, related, out));
    } finally {
      join(exportsLater); // never leave it writing into a folder that is being removed
    }
    Feeds.write(kb, pages, out);
    EventCalendars.write(kb, today, renderer.messages(), out);
    return pages;
  }

  /**
   * The offline archive of the files in {@code site} (an entry whose file did not change is copied
   * from {@code previous}'s zip; {@code unchanged} names files known not to have changed, which are
   * not even read), then the download page, which is not in it: it shows the zip's size and hash.
   * After {@link #publish}, whose renderer it takes.
   */
  public void archive(
      KnowledgeBase kb, Path site, Path previous, Predicate<String> unchanged, SiteOutput out) {
    times.time(
        "archive",
        () -> {
          try {
            SiteArchive.Zipped zip =
                SiteArchive.write(site, Urls.archive(kb.config().title()), previous, unchanged);
            renderer.download(new ViewModel.Archive(zip.url(), zip.size(), zip.sha256()), out);
            return null;
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** The search export, and the URLs of the files it wrote. */
  private static List<String> export(SearchIndex index, SynonymGraph synonyms, SiteOutput out) {
    List<String> urls = new ArrayList<>();
    IndexExport.write(
        index,
        synonyms,
        (url, bytes) -> {
          synchronized (urls) {
            urls.add(url);
          }
          out.write(url, bytes);
        });
    return List.copyOf(urls);
  }

  /** render: the pages whose model changed (all of them in a build). */
  private List<String> render(
      KnowledgeBase kb,
      Map<String, RenderedBody> bodies,
      Map<String, List<String>> related,
      SiteOutput out) {
    try {
      renderer = new SiteRenderer(theme, kb, today);
      List<String> urls =
          renderer.render(
              bodies,
              related,
              out,
              (url, input) -> {
                times.checkpoint(); // at every page: rendering a large site takes a while
                return reuse.changed("page", url, input);
              });
      urls.forEach(out::keep);
      return urls;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The theme's UI strings in the site's language, for the data the pages' scripts read. */
  private Function<String, String> words(KnowledgeBase kb) {
    try {
      return new Messages(theme, kb.config().language())::get;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The files copied as they are, by URL: the theme's assets, then the content's images. */
  private Map<String, Path> assets(KnowledgeBase kb) {
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

  /** Waits for a stage beside this one; its failure is this thread's. */
  private static <T> T join(CompletableFuture<T> beside) {
    try {
      return beside.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error err) throw err;
      throw e;
    }
  }
}
