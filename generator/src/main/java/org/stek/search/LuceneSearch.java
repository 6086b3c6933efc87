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
  private final SynonymGraph synonyms;
  private NavigableMap<String, Integer> docFreqs;
  private List<String> vocabulary;

  public LuceneSearch(SearchIndex index) {
    this(index, SynonymGraph.NONE);
  }

  public LuceneSearch(SearchIndex index, SynonymGraph synonyms) {
    this.index = index;
    this.synonyms = synonyms;
  }

  /** The top {@code limit} results of {@code text} (docs/search.md says what a query means). */
  public List<SearchHit> search(String text, boolean prefix, int limit) {
    SearchQuery query =
        SearchQuery.parse(
            text == null ? "" : text, prefix, index.analyzer(), synonyms, this::docFreqs);
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
   * The query with each word the index does not have replaced by the closest word of the site's
   * vocabulary ({@link Suggestions}); null when there is nothing to suggest.
   */
  public String suggest(String text) {
    return Suggestions.suggest(
        text == null ? "" : text,
        index.analyzer(),
        t -> docFreqs().containsKey(t) || synonyms.has(t),
        vocabulary(),
        index::shown);
  }

  private synchronized List<String> vocabulary() {
    if (vocabulary == null) vocabulary = Suggestions.vocabulary(index.words());
    return vocabulary;
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
