package org.stek.search;

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
