package org.stek.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * Answers query texts with Lucene's IndexSearcher on a {@link SearchIndex}: {@code stek search},
 * and the reference the browser engine is tested against. One per index: it keeps the terms'
 * document counts that a prefix query's completions are picked by.
 */
public final class LuceneSearch {
  private final SearchIndex index;
  private NavigableMap<String, Integer> docFreqs;

  public LuceneSearch(SearchIndex index) {
    this.index = index;
  }

  /** The top {@code limit} results of {@code text} (docs/search.md says what a query means). */
  public List<SearchHit> search(String text, boolean prefix, int limit) {
    SearchQuery query =
        SearchQuery.parse(text == null ? "" : text, prefix, index.analyzer(), this::docFreqs);
    try {
      TopDocs top = index.searcher().search(query.toLucene(), Math.max(1, limit));
      List<SearchHit> out = new ArrayList<>();
      for (ScoreDoc sd : top.scoreDocs) {
        SearchDocument d = index.documents().get(sd.doc);
        out.add(new SearchHit(d.url(), d.title(), sd.score));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Each term with the number of documents that have it in any field: the counts the browser
   * derives from the same postings.
   */
  private synchronized NavigableMap<String, Integer> docFreqs() {
    if (docFreqs == null) {
      TreeMap<String, Integer> out = new TreeMap<>();
      IndexPostings.forEach(index, p -> out.put(p.term(), p.docs().length));
      docFreqs = out;
    }
    return docFreqs;
  }
}
