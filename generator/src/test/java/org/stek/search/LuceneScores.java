package org.stek.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/** What the tests compare an index by: its postings, and Lucene's own scores. */
final class LuceneScores {
  private LuceneScores() {}

  /** Every term's postings, sorted by term, as the export gets them. */
  static List<TermPostings> postings(SearchIndex index) {
    List<TermPostings> out = new ArrayList<>();
    IndexPostings.forEach(index, out::add);
    return out;
  }

  /**
   * Doc id to Lucene's score of {@link SearchQuery#termQuery}, by running that query's own scorer
   * (per field BM25, summed over fields in double and rounded to float).
   */
  static TreeMap<Integer, Float> scores(SearchIndex index, String term) {
    TreeMap<Integer, Float> out = new TreeMap<>();
    IndexReader reader = index.reader();
    if (reader.leaves().isEmpty()) return out;
    try {
      IndexSearcher searcher = index.searcher();
      Query q = searcher.rewrite(SearchQuery.termQuery(term));
      Weight w = searcher.createWeight(q, ScoreMode.COMPLETE, 1f);
      for (LeafReaderContext leaf : reader.leaves()) {
        Scorer s = w.scorer(leaf);
        if (s == null) continue;
        DocIdSetIterator it = s.iterator();
        for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
          out.put(leaf.docBase + d, s.score());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
