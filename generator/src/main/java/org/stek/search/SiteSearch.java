package org.stek.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stek.BuildOptions;
import org.stek.config.SiteConfig;
import org.stek.config.SiteConfigLoader;
import org.stek.content.ContentLoader;
import org.stek.content.KnowledgeBase;
import org.stek.content.SourceFile;
import org.stek.content.Urls;
import org.stek.markdown.MarkdownRenderer;
import org.stek.markdown.RenderedBody;
import org.stek.render.PageSink;
import org.stek.report.Problems;

/** The two ways a site's search index is used: exported by a build, or opened for a query. */
public final class SiteSearch {
  private SiteSearch() {}

  /** The build's search stage: indexes the cards and writes the shards; returns bytes written. */
  public static long export(KnowledgeBase kb, Map<String, RenderedBody> bodies, PageSink sink) {
    try (SearchIndex index = index(kb, bodies)) {
      return IndexExport.write(index, sink);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static SearchIndex index(KnowledgeBase kb, Map<String, RenderedBody> bodies) {
    return SearchIndex.build(SearchDocuments.of(kb, bodies), kb.config().language());
  }

  /**
   * Reads a content folder the way a build does and indexes it; null when the content has errors
   * (they are in {@code problems}).
   */
  public static SearchIndex open(BuildOptions options, Problems problems) {
    SiteConfig config = SiteConfigLoader.load(options.content(), problems);
    if (config == null) return null;
    KnowledgeBase kb =
        new ContentLoader(config, problems, options.drafts(), options.today())
            .load(options.content());
    if (problems.hasErrors()) return null;
    Set<String> cards = new HashSet<>();
    List<SourceFile> sources = new ArrayList<>();
    kb.practices().forEach(p -> sources.add(p.source()));
    kb.recommendations().forEach(r -> sources.add(r.source()));
    kb.pages().forEach(p -> sources.add(p.source()));
    sources.forEach(s -> cards.add(s.relative()));
    MarkdownRenderer md = new MarkdownRenderer(new HashSet<>(kb.assets()));
    Map<String, RenderedBody> bodies = new java.util.HashMap<>();
    for (SourceFile s : sources) {
      bodies.put(s.relative(), md.render(s, Urls.ofCard(s.relative()), cards, problems));
    }
    if (problems.hasErrors()) return null;
    return index(kb, bodies);
  }
}
