package org.stek.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.stek.BuildOptions;
import org.stek.BuildResult;
import org.stek.Stek;
import org.stek.Themes;
import org.stek.browse.FacetData;
import org.stek.config.SiteConfig;
import org.stek.config.SiteConfigLoader;
import org.stek.content.ContentLoader;
import org.stek.content.KnowledgeBase;
import org.stek.content.Page;
import org.stek.content.Practice;
import org.stek.content.Recommendation;
import org.stek.content.SourceFile;
import org.stek.content.Urls;
import org.stek.export.PracticesCsv;
import org.stek.export.PracticesJson;
import org.stek.markdown.RenderedBody;
import org.stek.output.OutputGuard;
import org.stek.output.SiteArchive;
import org.stek.output.StagedOutput;
import org.stek.related.RelatedDocument;
import org.stek.related.RelatedFinder;
import org.stek.render.Feeds;
import org.stek.render.PageSink;
import org.stek.render.SiteRenderer;
import org.stek.render.ViewModel;
import org.stek.report.Problem;
import org.stek.report.Problems;
import org.stek.schema.SchemaFiles;
import org.stek.search.IndexSlices;
import org.stek.search.SearchDocument;
import org.stek.search.SearchDocuments;
import org.stek.search.SearchIndex;
import org.stek.search.SiteSearch;

/**
 * The preview's builds. The first is a full build that keeps what it made: every card as parsed
 * with its problems and rendered body, the inputs and results of the related and search stages,
 * what each page was rendered from, and a hash of every file. When only existing cards changed, the
 * next build re-reads those cards, renders their Markdown, re-runs the related and search stages
 * only if their inputs changed, renders only the pages whose model changed, writes only the files
 * whose bytes changed, then zips the archive again (unchanged entries copied from the previous zip)
 * and renders the download page. Anything else (site.yaml, the theme, images, a card added or
 * removed, an unknown change) is a full build. Either way the output is the bytes a full {@code
 * stek build} writes, which the tests check file by file.
 */
final class IncrementalBuild implements AutoCloseable {
  /** One card file as last read. */
  private record Slot(
      Path file, Object card, List<Problem> parsed, RenderedBody body, List<Problem> markdown) {
    Slot withBody(RenderedBody b, List<Problem> problems) {
      return new Slot(file, card, parsed, b, problems);
    }
  }

  private final BuildOptions options;
  private final Map<String, Long> stages =
      java.util.Collections.synchronizedMap(new LinkedHashMap<>());

  // What the content was when last read (also after a build with errors).
  private LocalDate today;
  private SiteConfig config;
  private final TreeMap<String, Slot> slots = new TreeMap<>();
  private final Map<Path, String> slotOf = new HashMap<>();
  private List<Problem> otherProblems = List.of();
  private List<String> assets = List.of();
  private Set<String> rendered = Set.of();

  // What the output folder holds (only changed by a build that wrote).
  private boolean written;
  private RelatedInput relatedIn;

  /** What the related stage reads: each practice's themes, each search document's words. */
  private record RelatedInput(List<RelatedDocument> docs, List<List<Object>> words) {
    static RelatedInput of(List<RelatedDocument> docs, List<SearchDocument> search) {
      List<List<Object>> words = new ArrayList<>();
      for (SearchDocument d : search) {
        words.add(List.of(d.kind(), d.title(), d.summary(), d.body()));
      }
      return new RelatedInput(docs, words);
    }
  }

  private Map<String, List<String>> related;
  private List<SearchDocument> searchIn;
  private Map<String, Object> pageInputs = new HashMap<>();
  private final Map<String, Map<String, Hash>> groups = new HashMap<>();

  /** The last render's renderer: it renders the download page once the zip is written. */
  private SiteRenderer renderer;

  IncrementalBuild(BuildOptions options) {
    this.options = options;
  }

  /**
   * What a build did.
   *
   * @param pending whether the build showed the edit in a first phase ({@link QuickPages}) and
   *     {@link #complete} still owes the rest
   * @param reload whether files the pages show or load changed (always after a first phase; after
   *     {@link #complete}, only if it changed a file beyond what the first phase wrote)
   */
  record Step(BuildResult result, boolean pending, boolean reload) {}

  /** Stops {@link #complete} at the next stage boundary: a newer edit owes the work now. */
  private static final class Abandoned extends RuntimeException {
    Abandoned() {
      super(null, null, false, false);
    }
  }

  /**
   * Builds after {@code changed} (null: unknown, or the first build); incremental when only cards
   * the last build read have changed, otherwise full. An edit of existing cards is shown in a first
   * phase when it can be: its pages are written and the step is pending, for {@link #complete}.
   */
  Step build(Set<Path> changed, LocalDate day) throws IOException {
    stages.clear();
    long start = System.nanoTime();
    Set<String> cards = incremental(changed, day);
    Problems problems = new Problems();
    KnowledgeBase kb = cards == null ? loadAll(day, problems) : reload(cards, problems);
    if (kb == null || problems.hasErrors()) {
      return new Step(result(start, problems, kb, 0, false), false, false);
    }
    if (cards == null || !written) {
      writeAll(kb);
    } else if (!allBodies && quick(kb, cards)) {
      owed = kb;
      owedProblems = problems.sorted();
      return new Step(result(start, problems, kb, pageUrls.size(), true), true, true);
    } else {
      update(kb, () -> {});
    }
    return new Step(result(start, problems, kb, pageUrls.size(), true), false, true);
  }

  /**
   * The second phase of a {@link #build} that was pending: every stage after Markdown, the pages
   * whose model changed, the files that changed, the archive. Null when {@code abandoned} said so
   * at a stage boundary before anything was written (the work stays owed to the next build), or
   * when nothing is owed.
   */
  Step complete(java.util.function.BooleanSupplier abandoned) throws IOException {
    if (owed == null) return null;
    stages.clear();
    long start = System.nanoTime();
    Problems problems = new Problems();
    owedProblems.forEach(problems::add);
    KnowledgeBase kb = owed;
    boolean reload;
    try {
      reload =
          update(
              kb,
              () -> {
                if (abandoned.getAsBoolean()) throw new Abandoned();
              });
    } catch (Abandoned a) {
      return null;
    }
    return new Step(result(start, problems, kb, pageUrls.size(), true), false, reload);
  }

  /** The knowledge base a first phase showed, whose second phase is still to run; or null. */
  private KnowledgeBase owed;

  private List<Problem> owedProblems = List.of();

  /**
   * The pages first phases wrote since the last complete build, with the hash of what they wrote:
   * the served folder holds these bytes, not the ones in {@link #groups}.
   */
  private final Map<String, Hash> quick = new HashMap<>();

  /**
   * The first phase: renders and writes the edited cards' own pages with the related practices of
   * the last complete build; false when it does not apply.
   */
  private boolean quick(KnowledgeBase kb, Set<String> cards) throws IOException {
    Set<String> own = new HashSet<>();
    for (String rel : cards) {
      String url = org.stek.content.Urls.ofCard(rel);
      if (url == null) return false;
      own.add(url);
    }
    Map<String, byte[]> pages =
        stage(
            "quick-render",
            () -> {
              try {
                // the pages earlier first phases wrote too, so that what is served agrees
                own.addAll(quick.keySet());
                return QuickPages.render(theme(), kb, bodies(), related, own, pageUrls);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    if (pages == null) return false;
    Path out = options.out().toAbsolutePath().normalize();
    stage(
        "quick-output",
        () -> {
          pages.forEach(
              (url, bytes) -> {
                Hash h = Hash.of(bytes);
                if (h.equals(quick.getOrDefault(url, groups.get("pages").get(url)))) return;
                writeAtomically(out.resolve(url), bytes);
                quick.put(url, h);
              });
          return null;
        });
    return true;
  }

  /** The card slots to re-read, or null for a full build. */
  private Set<String> incremental(Set<Path> changed, LocalDate day) {
    if (changed == null || config == null || !day.equals(today)) return null;
    Set<String> cards = new HashSet<>();
    for (Path p : changed) {
      String rel = slotOf.get(p.toAbsolutePath().normalize());
      if (rel == null) {
        if (Files.isDirectory(p) && p.toAbsolutePath().normalize().startsWith(contentDir()))
          continue; // a folder's own change event: its files are reported one by one
        return null;
      }
      if (!Files.isRegularFile(p)) return null; // removed
      cards.add(rel);
    }
    return cards;
  }

  private Path contentDir() {
    return options.content().toAbsolutePath().normalize();
  }

  private Path theme() {
    return theme;
  }

  private Path theme;

  // ---- content and markdown ----

  private KnowledgeBase loadAll(LocalDate day, Problems problems) throws IOException {
    close(); // the site's language may change, and with it the index
    theme = Themes.resolve(options.theme());
    String refused = OutputGuard.check(options.out(), options.content(), theme);
    if (refused != null) throw new IOException(refused);
    written = false;
    today = day;
    slots.clear();
    slotOf.clear();
    Problems loading = new Problems();
    config = stage("config", () -> SiteConfigLoader.load(options.content(), loading));
    if (config == null) {
      loading.sorted().forEach(problems::add);
      return null;
    }
    KnowledgeBase kb = stage("content", () -> loader(loading).loadCards(options.content()));
    assets = kb.assets();
    Map<Path, List<Problem>> byFile = byFile(loading);
    List<Problem> other = new ArrayList<>();
    for (SourceFile s : Stek.sources(kb)) {
      Path file = s.path().toAbsolutePath().normalize();
      Object card = cardOf(kb, s.relative());
      slots.put(s.relative(), new Slot(file, card, byFile.remove(file), null, List.of()));
      slotOf.put(file, s.relative());
    }
    byFile.values().forEach(other::addAll);
    otherProblems = List.copyOf(other);
    return reload(Set.of(), problems, kb, true);
  }

  private static Object cardOf(KnowledgeBase kb, String relative) {
    for (Practice p : kb.practices()) if (p.source().relative().equals(relative)) return p;
    for (Recommendation r : kb.recommendations())
      if (r.source().relative().equals(relative)) return r;
    for (Page p : kb.pages()) if (p.source().relative().equals(relative)) return p;
    return null;
  }

  private KnowledgeBase reload(Set<String> cards, Problems problems) {
    stage(
        "content",
        () -> {
          cards.parallelStream()
              .map(
                  rel -> {
                    Slot old = slots.get(rel);
                    Problems p = new Problems();
                    Object card = loader(p).card(options.content(), old.file());
                    return new Slot(old.file(), card, p.sorted(), null, List.of());
                  })
              .toList()
              .forEach(s -> slots.put(slotOf.get(s.file()), s));
          return null;
        });
    return reload(cards, problems, assemble(), false);
  }

  /** The knowledge base from the slots, in the order a build loads it. */
  private KnowledgeBase assemble() {
    ContentLoader l = loader(new Problems());
    List<Practice> practices = new ArrayList<>();
    List<Recommendation> recs = new ArrayList<>();
    List<Page> pages = new ArrayList<>();
    for (Slot s : slots.values()) {
      if (s.card() == null || !l.published(s.card())) continue;
      if (s.card() instanceof Practice p) practices.add(p);
      else if (s.card() instanceof Recommendation r) recs.add(r);
      else if (s.card() instanceof Page p) pages.add(p);
    }
    return new KnowledgeBase(
        options.content(),
        config,
        List.copyOf(practices),
        List.copyOf(recs),
        List.copyOf(pages),
        assets);
  }

  /** Checks across cards and renders the Markdown of the changed cards (of all, when needed). */
  private KnowledgeBase reload(
      Set<String> cards, Problems problems, KnowledgeBase kb, boolean all) {
    Problems across = new Problems();
    loader(across).checkAcross(kb);
    List<SourceFile> sources = Stek.sources(kb);
    Set<String> now = new HashSet<>();
    sources.forEach(s -> now.add(s.relative()));
    // Links are checked against every card: when the set of cards changed, every body may have.
    boolean everything = all || !now.equals(rendered);
    allBodies = everything;
    List<SourceFile> todo =
        everything ? sources : sources.stream().filter(s -> cards.contains(s.relative())).toList();
    stage(
        "markdown",
        () -> {
          Problems md = new Problems();
          Map<String, RenderedBody> bodies = Stek.markdown(kb, todo, md);
          Map<Path, List<Problem>> byFile = byFile(md);
          for (SourceFile s : todo) {
            Slot slot = slots.get(s.relative());
            List<Problem> p = byFile.remove(slot.file());
            slots.put(
                s.relative(), slot.withBody(bodies.get(s.relative()), p == null ? List.of() : p));
          }
          byFile.values().forEach(l -> l.forEach(problems::add));
          return null;
        });
    rendered = now;
    otherProblems.forEach(problems::add);
    across.sorted().forEach(problems::add);
    for (Slot s : slots.values()) {
      if (s.parsed() != null) s.parsed().forEach(problems::add);
      if (now.contains(slotOf.get(s.file()))) s.markdown().forEach(problems::add);
    }
    return kb;
  }

  /** Whether the last reload rendered every body (the set of cards changed). */
  private boolean allBodies;

  private ContentLoader loader(Problems p) {
    return new ContentLoader(config, p, options.drafts(), today);
  }

  private static Map<Path, List<Problem>> byFile(Problems problems) {
    Map<Path, List<Problem>> out = new LinkedHashMap<>();
    for (Problem p : problems.sorted()) {
      Path f = p.file() == null ? Path.of("") : p.file().toAbsolutePath().normalize();
      out.computeIfAbsent(f, k -> new ArrayList<>()).add(p);
    }
    return out;
  }

  private Map<String, RenderedBody> bodies() {
    Map<String, RenderedBody> out = new HashMap<>();
    slots.forEach(
        (rel, s) -> {
          if (s.body() != null && rendered.contains(rel)) out.put(rel, s.body());
        });
    return out;
  }

  // ---- the stages after markdown ----

  /** What every stage after markdown made, file by file, grouped by stage. */
  private final class Made {
    final Map<String, Map<String, byte[]>> files = new ConcurrentHashMap<>();

    PageSink sink(String group) {
      Map<String, byte[]> g = files.computeIfAbsent(group, k -> new ConcurrentHashMap<>());
      return g::put;
    }
  }

  /**
   * Runs every stage after Markdown into {@code made}; with {@code reuse}, only what changed since
   * the last complete build. {@code checkpoint} runs at stage boundaries before anything is kept.
   */
  private int stagesAfterMarkdown(KnowledgeBase kb, Made made, boolean reuse, Runnable checkpoint) {
    checkpoint.run();
    Map<String, RenderedBody> bodies = bodies();
    List<SearchDocument> sin = SearchDocuments.of(kb, bodies);
    boolean sameSearch = reuse && sin.equals(searchIn);
    // Related practices are read from the search index, from the words of title, summary and body
    // only: with the same words and the same themes they are the same.
    RelatedInput rin = RelatedInput.of(Stek.relatedDocuments(kb), sin);
    boolean sameRelated = reuse && rin.equals(relatedIn);
    // Facets and exports read the cards alone: they are made beside the index, on another core.
    CompletableFuture<Void> besides =
        CompletableFuture.runAsync(() -> facetsAndExports(kb, bodies, made), BESIDE);
    Map<String, List<String>> relatedNow;
    Map<String, Object> inputs = new ConcurrentHashMap<>();
    List<String> urls;
    try {
      relatedNow =
          sameSearch && sameRelated
              ? related
              : searchAndRelated(
                  kb, sin, sameSearch, sameRelated ? related : null, rin, made, checkpoint);
      checkpoint.run();
      urls = render(kb, bodies, relatedNow, made, reuse, inputs, checkpoint);
    } catch (RuntimeException e) {
      besides.exceptionally(x -> null).join(); // it writes into this build's files: let it end
      throw e;
    }
    besides.join();
    Feeds.write(kb, urls, made.sink("feeds"));
    checkpoint.run();
    relatedIn = rin;
    related = relatedNow;
    if (!sameSearch) searchIn = sin;
    pageInputs = inputs;
    made.files.putIfAbsent("pages", new ConcurrentHashMap<>());
    this.pageUrls = urls;
    return urls.size();
  }

  private static final java.util.concurrent.ExecutorService BESIDE =
      java.util.concurrent.Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "stek-beside-index");
            t.setDaemon(true);
            return t;
          });

  /** The search index's slices, kept between builds: an edit indexes its slice alone again. */
  private IndexSlices slices;

  /**
   * The index stage, then the related stage (unless {@code related} is given) beside the search
   * export (unless {@code sameSearch}); returns the related practices.
   */
  private Map<String, List<String>> searchAndRelated(
      KnowledgeBase kb,
      List<SearchDocument> sin,
      boolean sameSearch,
      Map<String, List<String>> related,
      RelatedInput rin,
      Made made,
      Runnable checkpoint) {
    if (slices == null) slices = new IndexSlices(kb.config().language());
    try (SearchIndex index = stage("index", () -> slices.index(sin))) {
      checkpoint.run();
      CompletableFuture<Map<String, List<String>>> relatedLater =
          related != null
              ? CompletableFuture.completedFuture(related)
              : CompletableFuture.supplyAsync(
                  () -> stage("related", () -> RelatedFinder.find(index, rin.docs())));
      if (!sameSearch) stage("search", () -> SiteSearch.export(index, made.sink("search")));
      return relatedLater.join();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void facetsAndExports(KnowledgeBase kb, Map<String, RenderedBody> bodies, Made made) {
    stage("facets", () -> FacetData.write(kb, made.sink("facets")));
    stage(
        "exports",
        () -> {
          PracticesJson.write(kb, bodies, made.sink("exports"));
          PracticesCsv.write(kb, made.sink("exports"));
          SchemaFiles.write(kb.config(), today, made.sink("exports")::write);
          return null;
        });
  }

  /**
   * Renders the pages whose model changed (every page without {@code reuse}); {@code checkpoint}
   * runs before each page (the renderer throws the first page's exception once all have run).
   */
  private List<String> render(
      KnowledgeBase kb,
      Map<String, RenderedBody> bodies,
      Map<String, List<String>> relatedNow,
      Made made,
      boolean reuse,
      Map<String, Object> inputs,
      Runnable checkpoint) {
    return stage(
        "render",
        () -> {
          try {
            renderer = new SiteRenderer(theme(), kb);
            return renderer.render(
                bodies,
                relatedNow,
                made.sink("pages"),
                (url, input) -> {
                  checkpoint.run(); // at every page: rendering a large site takes a while
                  inputs.put(url, input);
                  return !reuse || quick.containsKey(url) || !input.equals(pageInputs.get(url));
                });
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private List<String> pageUrls = List.of();

  /** A full build into a staging folder, swapped in. */
  private boolean writeAll(KnowledgeBase content) throws IOException {
    KnowledgeBase kb = content.withoutSourceText();
    written = false;
    owed = null;
    quick.clear();
    groups.clear();
    Made made = new Made();
    stagesAfterMarkdown(kb, made, false, () -> {});
    try (StagedOutput out = new StagedOutput(options.out())) {
      stage(
          "output",
          () -> {
            made.files.forEach(
                (group, files) -> {
                  Map<String, Hash> hashes = new ConcurrentHashMap<>();
                  files.entrySet().parallelStream()
                      .forEach(
                          e -> {
                            out.write(e.getKey(), e.getValue());
                            hashes.put(e.getKey(), Hash.of(e.getValue()));
                          });
                  groups.put(group, hashes);
                });
            Map<String, Hash> copied = new HashMap<>();
            Stek.assets(theme(), kb)
                .forEach(
                    (url, file) -> {
                      out.copy(file, url);
                      copied.put(url, Hash.of(read(file)));
                    });
            groups.put("assets", copied);
            try {
              archive(kb, out.staging(), options.out(), out);
              out.commit();
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
            return null;
          });
    }
    written = true;
    return true;
  }

  private static byte[] read(Path f) {
    try {
      return Files.readAllBytes(f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The groups of files that pages show or load; the others are downloads. */
  private static final Set<String> SHOWN = Set.of("pages", "search", "facets", "assets");

  /**
   * Writes only what changed into the served folder, then the archive and the download page.
   * Returns whether a file the pages show or load now differs from what was served (first phases
   * included).
   */
  private boolean update(KnowledgeBase content, Runnable checkpoint) throws IOException {
    KnowledgeBase kb = content.withoutSourceText();
    Made made = new Made();
    stagesAfterMarkdown(kb, made, true, checkpoint);
    Path out = options.out().toAbsolutePath().normalize();
    // changed since the last complete build, or written by a first phase
    Map<String, byte[]> changed = new TreeMap<>();
    // not what the served folder holds: written
    Set<String> stale = new HashSet<>();
    boolean shown = false;
    Set<String> removed = new HashSet<>();
    for (var g : made.files.entrySet()) {
      Map<String, Hash> before = groups.getOrDefault(g.getKey(), Map.of());
      Map<String, Hash> after = new ConcurrentHashMap<>();
      if (g.getKey().equals("pages")) {
        // pages not rendered again are as they were
        for (String url : pageUrls) {
          Hash h = before.get(url);
          if (h != null && !g.getValue().containsKey(url)) after.put(url, h);
        }
      }
      g.getValue().entrySet().parallelStream()
          .forEach(e -> after.put(e.getKey(), Hash.of(e.getValue())));
      for (var e : after.entrySet()) {
        String url = e.getKey();
        if (!e.getValue().equals(before.get(url)) || quick.containsKey(url))
          changed.put(url, g.getValue().get(url));
        if (!e.getValue().equals(quick.getOrDefault(url, before.get(url)))) {
          stale.add(url);
          shown |= SHOWN.contains(g.getKey());
        }
      }
      for (String url : before.keySet()) if (!after.containsKey(url)) removed.add(url);
      groups.put(g.getKey(), after);
    }
    for (var g : groups.values()) removed.removeAll(g.keySet());
    shown |= !removed.isEmpty();
    stage(
        "output",
        () -> {
          changed.entrySet().parallelStream()
              .forEach(
                  e -> {
                    if (stale.contains(e.getKey()))
                      writeAtomically(out.resolve(e.getKey()), e.getValue());
                  });
          for (String url : removed) {
            try {
              Files.deleteIfExists(out.resolve(url));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
          return null;
        });
    stage(
        "archive",
        () -> {
          try {
            archive(kb, out, out, (url, bytes) -> writeAtomically(out.resolve(url), bytes));
            return null;
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
    quick.clear();
    owed = null;
    return shown;
  }

  /**
   * Zips {@code site} (entries that did not change copied from the zip in {@code previous}), then
   * renders the download page into {@code sink}, as {@code stek build} does.
   */
  private void archive(KnowledgeBase kb, Path site, Path previous, PageSink sink)
      throws IOException {
    SiteArchive.Zipped z = SiteArchive.write(site, Urls.archive(kb.config().title()), previous);
    renderer.download(new ViewModel.Archive(z.url(), z.size(), z.sha256()), sink);
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

  /** Removes the kept search index. */
  @Override
  public void close() throws IOException {
    if (slices != null) slices.close();
    slices = null;
  }

  private <T> T stage(String stageName, Supplier<T> work) {
    long t = System.nanoTime();
    try {
      return work.get();
    } finally {
      stages.merge(stageName, (System.nanoTime() - t) / 1_000_000, Long::sum);
    }
  }

  private BuildResult result(
      long start, Problems problems, KnowledgeBase kb, int pages, boolean ok) {
    return BuildResult.of(
        problems.sorted(),
        kb,
        pages,
        Map.copyOf(stages),
        (System.nanoTime() - start) / 1_000_000,
        ok);
  }
}
