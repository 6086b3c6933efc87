package org.stek.search;

import org.apache.lucene.util.SmallFloat;

/**
 * Lucene 9's BM25 ({@code BM25Similarity}, k1 = 1.2, b = 0.75) written out step by step in float
 * arithmetic, exactly as search.js computes it from the exported counts: the browser gets each
 * posting's field, frequency and length norm, and each field's document count and average length.
 * {@code Bm25Test} checks this against Lucene's own scorer for every posting.
 */
public final class Bm25 {
  public static final float K1 = 1.2f;
  public static final float B = 0.75f;

  /** Norm bytes below this are exact lengths (SmallFloat's free values). */
  public static final int FREE_VALUES = 255 - SmallFloat.longToInt4(Integer.MAX_VALUE);

  private Bm25() {}

  public static float idf(long docFreq, long docCount) {
    return (float) Math.log(1 + (docCount - docFreq + 0.5D) / (docFreq + 0.5D));
  }

  /** The field length a norm byte stands for (SmallFloat.byte4ToInt). */
  public static int length(int norm) {
    if (norm < FREE_VALUES) return norm;
    return (int)
        Math.min(FREE_VALUES + SmallFloat.int4ToLong(norm - FREE_VALUES), Integer.MAX_VALUE);
  }

  public static float score(float boost, float idf, float avgLength, int freq, int norm) {
    float weight = boost * idf;
    float normInverse = 1f / (K1 * ((1 - B) + B * (float) length(norm) / avgLength));
    return weight - weight / (1f + freq * normInverse);
  }
}
