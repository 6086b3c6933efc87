package org.stek.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.stek.BuildOptions;
import org.stek.BuildResult;
import org.stek.Pipeline;
import org.stek.StageTimes;
import org.stek.Themes;
import org.stek.config.SiteConfig;
import org.stek.content.Card;
import org.stek.content.KnowledgeBase;
import org.stek.markdown.RenderedBody;
import org.stek.output.OutputGuard;
import org.stek.output.StagedOutput;
import org.stek.report.Problem;
import org.stek.report.Problems;

/**
 * The preview's driver of the {@link Pipeline}: the same stages as {@code stek build}, with each
 * stage's last input and output kept ({@link KeptStages}), so a stage whose input is unchanged is
 * not run again, and only files whose bytes changed are written ({@link ServedFiles}). When only
 * existing cards changed, their files are forgotten and the edit comes in two phases: the first
 * writes the edited cards' own pages ({@link FirstPhasePages}); {@link #complete} runs the rest.
 * Anything else (site.yaml, the theme, an image, a card added or removed, a new day) starts afresh
 * with a full build.
 */
final class IncrementalBuild implements AutoCloseable {
  private final BuildOptions options;
  private final ServedFiles served;
  private KeptStages kept;
  private Path theme;
  private LocalDate today;

  /** Whether the served folder holds a complete build of {@link #kept}. */
  private boolean written;

  /** Pages first phases wrote since the last complete build: the second phase renders them too. */
  private final Set<String> firstPhasePages = new HashSet<>();

  /** What a first phase read, for its second phase to publish; null when none is due. */
  private SecondPhase due;

  private record SecondPhase(
      KnowledgeBase kb, Map<String, RenderedBody> bodies, List<Problem> problems) {}

  /** The pages of the last complete build. */
  private List<String> pageUrls = List.of();

  IncrementalBuild(BuildOptions options) {
    this.options = options;
    this.served = new ServedFiles(options.out());
  }

  /**
   * What a build did.
   *
   * @param pending whether the build showed the edit in a first phase and {@link #complete} still
   *     owes the rest
   * @param reload whether files the pages show or load changed
   */
  record Step(BuildResult result, boolean pending, boolean reload) {}

  /** Stops {@link #complete} at the next stage boundary: a newer edit owes the work now. */
  private static final class Abandoned extends RuntimeException {
    Abandoned() {
      super(null, null, false, false);
    }
  }

  /**
   * Builds after {@code changed} (null: unknown, or the first build): incrementally when only cards
   * the last build read have changed, otherwise in full.
   */
  Step build(Set<Path> changed, LocalDate day) throws IOException {
    long start = System.nanoTime();
    boolean full = !written || !onlyCards(changed) || !day.equals(today);
    if (full) startAfresh(day);
    else for (Path p : changed) kept.forget("card", p.toAbsolutePath().normalize());
    StageTimes times = new StageTimes();
    Problems problems = new Problems();
    Pipeline pipeline = pipeline(times, problems);
    SiteConfig config = pipeline.config();
    KnowledgeBase kb = config == null ? null : pipeline.cards(config);
    Map<String, RenderedBody> bodies = kb == null ? null : pipeline.bodies(kb);
    if (kb == null || problems.hasErrors()) {
      written &= !full; // a failed full build leaves nothing to build on
      return new Step(result(start, problems, kb, times, false), false, false);
    }
    if (full) {
      written = false;
      try (StagedOutput staging = new StagedOutput(options.out())) {
        served.beginFull(staging);
        publish(pipeline, kb, bodies, staging);
        times.time("swap", served::swap);
      }
      written = true;
      return new Step(result(start, problems, kb, times, true), false, true);
    }
    if (firstPhase(kb, bodies, changed, times)) {
      due = new SecondPhase(kb, bodies, problems.sorted());
      return new Step(result(start, problems, kb, times, true), true, true);
    }
    served.begin();
    publish(pipeline, kb, bodies, null);
    return new Step(result(start, problems, kb, times, true), false, served.shownChanged());
  }

  /**
   * The second phase of a pending {@link #build}: the stages after Markdown, with what did not
   * change reused. Null when nothing is due, or when {@code abandoned} said so at a stage boundary
   * or before a page (the work stays due, for the next build).
   */
  Step complete(BooleanSupplier abandoned) throws IOException {
    if (due == null) return null;
    long start = System.nanoTime();
    StageTimes times =
        new StageTimes(
            () -> {
              if (abandoned.getAsBoolean()) throw new Abandoned();
            });
    Problems problems = new Problems();
    due.problems().forEach(problems::add);
    try {
      // The stages up to Markdown ran in the first phase, and nothing they read changed since.
      KnowledgeBase kb = due.kb();
      served.begin();
      publish(pipeline(times, problems), kb, due.bodies(), null);
      return new Step(result(start, problems, kb, times, true), false, served.shownChanged());
    } catch (Abandoned a) {
      return null;
    }
  }

  /** The stages after Markdown, into the served folder, or into {@code staging} swapped in. */
  private void publish(
      Pipeline pipeline, KnowledgeBase kb, Map<String, RenderedBody> bodies, StagedOutput staging)
      throws IOException {
    KnowledgeBase lean = kb.withoutSourceText();
    pageUrls = pipeline.publish(lean, bodies, served);
    if (staging == null) {
      served.removeStale();
      pipeline.archive(lean, served.dir(), served.dir(), served::unchangedSinceZip, served);
    } else {
      pipeline.archive(lean, staging.staging(), options.out(), url -> false, served);
    }
    served.zipped();
    due = null;
    firstPhasePages.clear();
  }

  /** Whether every changed path is a card file the last build read. */
  private boolean onlyCards(Set<Path> changed) {
    if (changed == null) return false;
    Path content = options.content().toAbsolutePath().normalize();
    for (Path p : changed) {
      Path file = p.toAbsolutePath().normalize();
      if (Files.isDirectory(file) && file.startsWith(content)) continue; // its files come too
      if (!kept.has("card", file) || !Files.isRegularFile(file)) return false;
    }
    return true;
  }

  private void startAfresh(LocalDate day) throws IOException {
    close(); // the site's language may change, and with it the index
    theme = Themes.resolve(options.theme());
    String refused = OutputGuard.check(options.out(), options.content(), theme);
    if (refused != null) throw new IOException(refused);
    kept = new KeptStages();
    today = day;
    written = false;
    due = null;
    firstPhasePages.clear();
  }

  /**
   * The first phase: the edited cards' own pages (and those earlier first phases wrote), rendered
   * with the related practices of the last complete build; false when it does not apply.
   */
  private boolean firstPhase(
      KnowledgeBase kb, Map<String, RenderedBody> bodies, Set<Path> changed, StageTimes times) {
    Map<String, List<String>> related = kept.last("related", "");
    if (related == null) return false;
    Set<String> pages = new HashSet<>(firstPhasePages);
    for (Card c : kb.cards()) {
      if (changed.contains(c.source().path().toAbsolutePath().normalize())) pages.add(c.url());
    }
    Map<String, byte[]> rendered =
        times.time(
            "first-phase",
            () -> {
              try {
                return FirstPhasePages.render(theme, kb, bodies, related, pages, pageUrls, today);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    if (rendered == null) return false;
    served.begin();
    rendered.forEach(served::write);
    // The second phase renders these pages again from the whole site, and writes what differs.
    for (String url : rendered.keySet()) kept.forget("page", url);
    firstPhasePages.addAll(rendered.keySet());
    return true;
  }

  private Pipeline pipeline(StageTimes times, Problems problems) {
    return new Pipeline(options, theme, today, kept, times, problems);
  }

  /** Removes the kept search index. */
  @Override
  public void close() throws IOException {
    if (kept != null) kept.close();
  }

  private BuildResult result(
      long start, Problems problems, KnowledgeBase kb, StageTimes times, boolean ok) {
    return BuildResult.of(
        problems.sorted(),
        kb,
        ok ? pageUrls.size() : 0,
        times.millis(),
        (System.nanoTime() - start) / 1_000_000,
        ok);
  }
}
