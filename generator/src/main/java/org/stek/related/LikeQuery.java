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
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * "More like this card": the query MoreLikeThis makes of a card's term vector (its most distinctive
 * terms by tf × idf, each boosted by its score), built from a document-frequency table read once
 * from the index. MoreLikeThis looks every term of every card up in the index instead, which was
 * more than a quarter of the related stage.
 */
final class LikeQuery {
  private final Map<String, Integer> docFreqs;
  private final int numDocs;
  private final String field;
  private final Settings settings;

  /** Which terms may stand for a card; the values MoreLikeThis's setters take. */
  record Settings(int minTermFreq, int minDocFreq, int maxDocFreq, int minWordLen, int maxTerms) {}

  private record Scored(String term, float score) {}

  private static final Comparator<Scored> BEST_FIRST =
      Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::term);

  LikeQuery(IndexReader reader, String field, Settings settings) throws IOException {
    this.field = field;
    this.settings = settings;
    this.numDocs = reader.getDocCount(field) < 0 ? reader.numDocs() : reader.getDocCount(field);
    this.docFreqs = new HashMap<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(field);
      if (terms == null) continue;
      TermsEnum te = terms.iterator();
      for (BytesRef b = te.next(); b != null; b = te.next()) {
        docFreqs.merge(b.utf8ToString(), te.docFreq(), Integer::sum);
      }
    }
  }

  /** The query for document {@code doc}, read from its term vector (one TermVectors a thread). */
  Query like(TermVectors vectors, int doc) throws IOException {
    Terms terms = vectors.get(doc, field);
    if (terms == null) return new BooleanQuery.Builder().build();
    List<Scored> top = new ArrayList<>();
    TermsEnum te = terms.iterator();
    for (BytesRef b = te.next(); b != null; b = te.next()) {
      long tf = te.totalTermFreq();
      if (tf < settings.minTermFreq()) continue;
      String word = b.utf8ToString();
      if (word.length() < settings.minWordLen()) continue;
      int df = docFreqs.getOrDefault(word, 0);
      if (df == 0 || df < settings.minDocFreq() || df > settings.maxDocFreq()) continue;
      top.add(new Scored(word, tf * idf(df)));
    }
    top.sort(BEST_FIRST);
    List<Scored> chosen = top.subList(0, Math.min(settings.maxTerms(), top.size()));
    // As MoreLikeThis: clauses from the lowest score up, each boosted by score / lowest score.
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    float lowest = chosen.isEmpty() ? 1 : chosen.get(chosen.size() - 1).score();
    for (int i = chosen.size() - 1; i >= 0; i--) {
      Scored s = chosen.get(i);
      q.add(
          new BoostQuery(new TermQuery(new Term(field, s.term())), s.score() / lowest),
          BooleanClause.Occur.SHOULD);
    }
    return q.build();
  }

  /** ClassicSimilarity's idf, which MoreLikeThis scores terms with. */
  private float idf(int docFreq) {
    return (float) (Math.log((numDocs + 1) / (double) (docFreq + 1)) + 1.0);
  }
}
