package org.stek.related;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermVectors;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * "More like this card": the query MoreLikeThis makes of a card's term vectors over several fields
 * (its most distinctive (field, term) pairs by tf × idf, each boosted by its score), built from a
 * per-field document-frequency table read once from the index. As in MoreLikeThis, each field has
 * its own document frequencies and document count, the best terms are chosen across all fields, and
 * each chosen pair is one TermQuery clause. MoreLikeThis looks every term of every card up in the
 * index instead, which was more than a quarter of the related stage.
 */
final class LikeQuery {
  private final List<String> fields;
  private final List<Map<String, Integer>> docFreqs = new ArrayList<>();
  private final int[] numDocs;
  private final Settings settings;

  /** Which terms may stand for a card; the values MoreLikeThis's setters take. */
  record Settings(int minTermFreq, int minDocFreq, int maxDocFreq, int minWordLen, int maxTerms) {}

  private record Scored(int field, String term, float score) {}

  /** Best first; equal scores by term, then field, so the choice never depends on map order. */
  private static final Comparator<Scored> BEST_FIRST =
      Comparator.comparingDouble(Scored::score)
          .reversed()
          .thenComparing(Scored::term)
          .thenComparingInt(Scored::field);

  LikeQuery(IndexReader reader, List<String> fields, Settings settings) throws IOException {
    this.fields = List.copyOf(fields);
    this.settings = settings;
    this.numDocs = new int[fields.size()];
    for (int k = 0; k < fields.size(); k++) {
      String field = fields.get(k);
      int count = reader.getDocCount(field);
      numDocs[k] = count < 0 ? reader.numDocs() : count;
      Map<String, Integer> df = new HashMap<>();
      for (LeafReaderContext leaf : reader.leaves()) {
        Terms terms = leaf.reader().terms(field);
        if (terms == null) continue;
        TermsEnum te = terms.iterator();
        for (BytesRef b = te.next(); b != null; b = te.next()) {
          df.merge(b.utf8ToString(), te.docFreq(), Integer::sum);
        }
      }
      docFreqs.add(df);
    }
  }

  /**
   * The query for document {@code doc}, read from its term vectors (one TermVectors a thread), its
   * clauses added to {@code q}.
   */
  void like(TermVectors vectors, int doc, BooleanQuery.Builder q) throws IOException {
    List<Scored> top = new ArrayList<>();
    for (int k = 0; k < fields.size(); k++) {
      Terms terms = vectors.get(doc, fields.get(k));
      if (terms == null) continue;
      Map<String, Integer> df = docFreqs.get(k);
      TermsEnum te = terms.iterator();
      for (BytesRef b = te.next(); b != null; b = te.next()) {
        long tf = te.totalTermFreq();
        if (tf < settings.minTermFreq()) continue;
        String word = b.utf8ToString();
        if (word.length() < settings.minWordLen()) continue;
        int d = df.getOrDefault(word, 0);
        if (d == 0 || d < settings.minDocFreq() || d > settings.maxDocFreq()) continue;
        top.add(new Scored(k, word, tf * idf(d, numDocs[k])));
      }
    }
    top.sort(BEST_FIRST);
    List<Scored> chosen = top.subList(0, Math.min(settings.maxTerms(), top.size()));
    // As MoreLikeThis: clauses from the lowest score up, each boosted by score / lowest score.
    float lowest = chosen.isEmpty() ? 1 : chosen.get(chosen.size() - 1).score();
    for (int i = chosen.size() - 1; i >= 0; i--) {
      Scored s = chosen.get(i);
      q.add(
          new BoostQuery(
              new TermQuery(new Term(fields.get(s.field()), s.term())), s.score() / lowest),
          BooleanClause.Occur.SHOULD);
    }
  }

  /** ClassicSimilarity's idf, which MoreLikeThis scores terms with. */
  private static float idf(int docFreq, int numDocs) {
    return (float) (Math.log((numDocs + 1) / (double) (docFreq + 1)) + 1.0);
  }
}
