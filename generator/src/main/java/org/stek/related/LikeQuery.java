package org.stek.related;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * "More like this card": the query MoreLikeThis makes of a card's terms over several fields (its
 * most distinctive (field, term) pairs by tf × idf, each boosted by its score). As in MoreLikeThis,
 * each field has its own document frequencies and document count, the best terms are chosen across
 * all fields, and each chosen pair is one TermQuery clause.
 *
 * <p>MoreLikeThis reads each card's term vector and looks each of its terms up in the index. Here
 * the queries of all cards are made in one walk over the postings of those fields instead: each
 * term that may stand for a card (by its document frequency, read once) offers itself to every card
 * that has it often enough, and each card keeps its best few. The same terms, without storing or
 * decoding term vectors.
 */
final class LikeQuery {
  private final List<String> fields;
  private final Scored[][] chosen;

  /** Which terms may stand for a card; the values MoreLikeThis's setters take. */
  record Settings(int minTermFreq, int minDocFreq, int maxDocFreq, int minWordLen, int maxTerms) {}

  private record Scored(int field, String term, float score) {}

  /** Best first; equal scores by term, then field, so the choice never depends on walk order. */
  private static final Comparator<Scored> BEST_FIRST =
      Comparator.comparingDouble(Scored::score)
          .reversed()
          .thenComparing(Scored::term)
          .thenComparingInt(Scored::field);

  /** The queries of documents {@code 0 .. docs - 1} of {@code reader}. */
  LikeQuery(IndexReader reader, List<String> fields, Settings settings, int docs)
      throws IOException {
    this.fields = List.copyOf(fields);
    List<PriorityQueue<Scored>> best = new ArrayList<>(docs);
    for (int d = 0; d < docs; d++) best.add(null);
    PostingsEnum pe = null;
    for (int k = 0; k < fields.size(); k++) {
      String field = fields.get(k);
      int count = reader.getDocCount(field);
      int numDocs = count < 0 ? reader.numDocs() : count;
      // All segments as one: summed document frequencies, documents numbered across segments.
      Terms terms = MultiTerms.getTerms(reader, field);
      if (terms == null) continue;
      TermsEnum te = terms.iterator();
      for (BytesRef b = te.next(); b != null; b = te.next()) {
        int df = te.docFreq();
        if (df == 0 || df < settings.minDocFreq() || df > settings.maxDocFreq()) continue;
        String word = b.utf8ToString();
        if (word.length() < settings.minWordLen()) continue;
        float idf = idf(df, numDocs);
        pe = te.postings(pe, PostingsEnum.FREQS);
        for (int doc = pe.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pe.nextDoc()) {
          if (doc >= docs) break;
          int tf = pe.freq();
          if (tf < settings.minTermFreq()) continue;
          offer(best, doc, new Scored(k, word, tf * idf), settings.maxTerms());
        }
      }
    }
    chosen = new Scored[docs][];
    for (int d = 0; d < docs; d++) {
      PriorityQueue<Scored> q = best.get(d);
      Scored[] a = q == null ? new Scored[0] : q.toArray(new Scored[0]);
      java.util.Arrays.sort(a, BEST_FIRST);
      chosen[d] = a;
    }
  }

  /** Keeps the {@code max} best of what is offered to {@code doc} (the worst on top). */
  private static void offer(List<PriorityQueue<Scored>> best, int doc, Scored s, int max) {
    PriorityQueue<Scored> q = best.get(doc);
    if (q == null) {
      q = new PriorityQueue<>(max + 1, BEST_FIRST.reversed());
      best.set(doc, q);
    }
    if (q.size() < max) {
      q.add(s);
    } else if (BEST_FIRST.compare(s, q.peek()) < 0) {
      q.poll();
      q.add(s);
    }
  }

  /** The query for document {@code doc}. */
  Query queryFor(int doc) {
    Scored[] top = chosen[doc];
    // As MoreLikeThis: clauses from the lowest score up, each boosted by score / lowest score.
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    float lowest = top.length == 0 ? 1 : top[top.length - 1].score();
    for (int i = top.length - 1; i >= 0; i--) {
      Scored s = top[i];
      q.add(
          new BoostQuery(
              new TermQuery(new Term(fields.get(s.field()), s.term())), s.score() / lowest),
          BooleanClause.Occur.SHOULD);
    }
    return q.build();
  }

  /** ClassicSimilarity's idf, which MoreLikeThis scores terms with. */
  private static float idf(int docFreq, int numDocs) {
    return (float) (Math.log((numDocs + 1) / (double) (docFreq + 1)) + 1.0);
  }
}
