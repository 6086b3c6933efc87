package org.stek.search;

/**
 * One term's postings over all fields: the documents that have it, and its positions per document
 * and field with that field's length norm, from which the browser computes Lucene's BM25.
 *
 * @param docs ascending doc ids
 * @param positions rows {doc, field ordinal, position...}, by doc then field
 * @param norms Lucene's one-byte length norm of the field of each row of positions
 */
public record TermPostings(String term, int[] docs, int[][] positions, int[] norms) {}
