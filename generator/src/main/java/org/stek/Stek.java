package org.stek;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import org.stek.config.SiteConfig;
import org.stek.content.KnowledgeBase;
import org.stek.markdown.RenderedBody;
import org.stek.output.OutputGuard;
import org.stek.output.StagedOutput;
import org.stek.report.Problems;

/**
 * The facade, and the driver of a build: it runs the {@link Pipeline}'s stages once, keeping
 * nothing ({@link Reuse#NONE}), into a staging folder that replaces the site when it is complete.
 */
public final class Stek {
  private final BuildOptions options;
  private final StageTimes times = new StageTimes();
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
    Pipeline pipeline = new Pipeline(options, theme, options.today(), Reuse.NONE, times, problems);
    SiteConfig config = pipeline.config();
    if (config == null) return result(start, null, 0, false);
    Content content = load(pipeline, config);
    if (problems.hasErrors() || !write) return result(start, content.kb(), 0, false);
    KnowledgeBase kb = content.kb();
    int pages;
    try (StagedOutput out = new StagedOutput(options.out())) {
      pages = pipeline.publish(kb, content.bodies(), out).size();
      pipeline.archive(kb, out.staging(), options.out(), url -> false, out);
      times.time("swap", () -> commit(out));
    }
    return result(start, kb, pages, true);
  }

  /** The content as a build reads it: the knowledge base and every card body rendered. */
  public record Content(KnowledgeBase kb, Map<String, RenderedBody> bodies) {}

  /**
   * The cards and markdown stages. The cards' source text is needed only up to here and is dropped
   * on return (in a method of its own, so that no variable of the build keeps it: at 100,000 cards
   * it is more than half of a 2 GB heap).
   */
  private static Content load(Pipeline pipeline, SiteConfig config) {
    KnowledgeBase loaded = pipeline.cards(config);
    Map<String, RenderedBody> bodies = pipeline.bodies(loaded);
    return new Content(loaded.withoutSourceText(), bodies);
  }

  /**
   * Reads and renders the content exactly as a build does, writing nothing (for {@code stek
   * search}); null when it has errors, which are added to {@code sink}.
   */
  public static Content read(BuildOptions options, Problems sink) {
    Problems problems = new Problems();
    Pipeline pipeline =
        new Pipeline(options, null, options.today(), Reuse.NONE, new StageTimes(), problems);
    SiteConfig config = pipeline.config();
    Content content = config == null ? null : load(pipeline, config);
    problems.sorted().forEach(sink::add);
    return content == null || problems.hasErrors() ? null : content;
  }

  private static Void commit(StagedOutput out) {
    try {
      out.commit();
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private BuildResult result(long start, KnowledgeBase kb, int pages, boolean written) {
    long total = (System.nanoTime() - start) / 1_000_000;
    return BuildResult.of(problems.sorted(), kb, pages, times.millis(), total, written);
  }
}
