package org.stek.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.stek.BuildOptions;
import org.stek.Stek;
import org.stek.content.KnowledgeBase;
import org.stek.markdown.RenderedBody;
import org.stek.render.PageSink;
import org.stek.report.Problems;

/** The two ways a site's search index is used: exported by a build, or opened for a query. */
public final class SiteSearch {
  private SiteSearch() {}

  /** The build's search stage: indexes the cards and writes the shards; returns bytes written. */
  public static long export(KnowledgeBase kb, Map<String, RenderedBody> bodies, PageSink sink) {
    return export(SearchDocuments.of(kb, bodies), kb.config().language(), sink);
  }

  /** The search stage for documents already made ({@link SearchDocuments#of}). */
  public static long export(List<SearchDocument> docs, String language, PageSink sink) {
    try (SearchIndex index = SearchIndex.build(docs, language)) {
      return IndexExport.write(index, sink);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The search stage of a build whose index is already made: writes the shards. */
  public static long export(SearchIndex index, PageSink sink) {
    return IndexExport.write(index, sink);
  }

  public static SearchIndex index(KnowledgeBase kb, Map<String, RenderedBody> bodies) {
    return SearchIndex.build(SearchDocuments.of(kb, bodies), kb.config().language());
  }

  /**
   * Reads a content folder the way a build does and indexes it; null when the content has errors
   * (they are in {@code problems}).
   */
  public static SearchIndex open(BuildOptions options, Problems problems) {
    Stek.Content c = Stek.read(options, problems);
    return c == null ? null : index(c.kb(), c.bodies());
  }
}
