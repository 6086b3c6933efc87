package org.stek.search;

import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.util.SmallFloat;

/**
 * Lucene 9's BM25 ({@code BM25Similarity}) written out step by step in float arithmetic, exactly as
 * search.js computes it from the exported counts: the browser gets each posting's field, frequency
 * and length norm, and each field's document count and average length. {@link Bm25Test} checks this
 * against Lucene's own scorer for every posting.
 */
final class Bm25 {
  private static final BM25Similarity LUCENE = new BM25Similarity();
  static final float K1 = LUCENE.getK1();
  static final float B = LUCENE.getB();

  private Bm25() {}

  static float idf(long docFreq, long docCount) {
    return (float) Math.log(1 + (docCount - docFreq + 0.5D) / (docFreq + 0.5D));
  }

  /** The field length a norm byte stands for (SmallFloat.byte4ToInt). */
  static int length(int norm) {
    int free = IndexExport.FREE_NORMS;
    if (norm < free) return norm;
    return (int) Math.min(free + SmallFloat.int4ToLong(norm - free), Integer.MAX_VALUE);
  }

  static float score(float boost, float idf, float avgLength, int freq, int norm) {
    float weight = boost * idf;
    float normInverse = 1f / (K1 * ((1 - B) + B * (float) length(norm) / avgLength));
    return weight - weight / (1f + freq * normInverse);
  }
}
