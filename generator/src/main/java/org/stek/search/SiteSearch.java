package org.stek.search;

import java.util.Map;
import org.stek.content.KnowledgeBase;
import org.stek.files.PageSink;
import org.stek.markdown.RenderedBody;

/**
 * A site's search index: made from the cards and exported by a build; {@code stek search} makes one
 * from a content folder read as a build reads it ({@code Stek.read}, which drives this stage).
 */
public final class SiteSearch {
  private SiteSearch() {}

  /** The search stage of a build whose index is already made: writes the shards. */
  public static long export(SearchIndex index, PageSink sink) {
    return IndexExport.write(index, sink);
  }

  public static SearchIndex index(KnowledgeBase kb, Map<String, RenderedBody> bodies) {
    return SearchIndex.build(SearchDocuments.of(kb, bodies), kb.config().language());
  }
}
