package org.stek.search;

/**
 * One term's postings over all fields: the documents that have it, Lucene's score of {@link
 * SearchIndex#termQuery} in each, and the term's positions per document and field.
 *
 * @param docs ascending doc ids
 * @param scores score of docs[i]
 * @param positions rows {doc, field ordinal, position...}, by doc then field
 * @param norms Lucene's one-byte length norm of the field of each row of positions
 */
public record TermPostings(
    String term, int[] docs, float[] scores, int[][] positions, int[] norms) {}
