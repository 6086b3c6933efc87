package org.stek.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

/**
 * What the browser needs to compute Lucene's BM25 itself, read from a {@link SearchIndex}: every
 * term's postings (documents, fields, positions and length norms) and each field's document count
 * and average length.
 */
public final class IndexPostings {
  private IndexPostings() {}

  /**
   * Hands every term's postings to {@code sink}, in term order, one at a time: the export writes
   * them out as they come, so a large site's postings are never all in memory. Each field's terms
   * are walked once and merged (a term is looked up only in the fields that have it), and each
   * field's norms are read once into an array, not per term.
   */
  public static void forEach(SearchIndex index, Consumer<TermPostings> sink) {
    IndexReader reader = index.reader();
    List<LeafReaderContext> leaves = reader.leaves();
    if (leaves.isEmpty()) return;
    try {
      SearchField[] fields = SearchField.values();
      int maxDoc = reader.maxDoc();
      // Per field and segment (the slices, in doc order) a terms enum; per field the union of
      // its terms, sorted, and the norms of every document.
      TermsEnum[][] enums = new TermsEnum[fields.length][leaves.size()];
      String[][] fieldTerms = new String[fields.length][];
      byte[][] norms = new byte[fields.length][];
      for (SearchField f : fields) {
        int k = f.ordinal();
        norms[k] = new byte[maxDoc];
        Arrays.fill(norms[k], (byte) 1);
        List<String[]> perLeaf = new ArrayList<>();
        for (LeafReaderContext leaf : leaves) {
          Terms t = leaf.reader().terms(f.name);
          if (t == null) continue;
          enums[k][leaf.ord] = t.iterator();
          perLeaf.add(sortedTerms(t.iterator()));
          norms(leaf.reader().getNormValues(f.name), norms[k], leaf.docBase);
        }
        fieldTerms[k] = union(perLeaf);
      }
      int[] at = new int[fields.length];
      List<int[]> rows = new ArrayList<>();
      PostingsEnum pe = null;
      while (true) {
        String term = null;
        for (int k = 0; k < fields.length; k++) {
          if (at[k] < fieldTerms[k].length
              && (term == null || fieldTerms[k][at[k]].compareTo(term) < 0)) {
            term = fieldTerms[k][at[k]];
          }
        }
        if (term == null) break;
        BytesRef bytes = new BytesRef(term);
        rows.clear();
        for (int k = 0; k < fields.length; k++) {
          if (at[k] >= fieldTerms[k].length || !fieldTerms[k][at[k]].equals(term)) continue;
          at[k]++;
          for (int l = 0; l < leaves.size(); l++) {
            TermsEnum te = enums[k][l];
            if (te == null || !te.seekExact(bytes)) continue;
            int base = leaves.get(l).docBase;
            pe = te.postings(pe, PostingsEnum.POSITIONS);
            for (int x = pe.nextDoc(); x != DocIdSetIterator.NO_MORE_DOCS; x = pe.nextDoc()) {
              int freq = pe.freq();
              int[] row = new int[freq + 3];
              row[0] = base + x;
              row[1] = k;
              for (int i = 0; i < freq; i++) row[i + 2] = pe.nextPosition();
              row[freq + 2] = norms[k][base + x] & 0xFF;
              rows.add(row);
            }
          }
        }
        sink.accept(postings(term, rows));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A term's postings from its rows {doc, field, positions..., norm}, each field's in doc order.
   */
  private static TermPostings postings(String term, List<int[]> rows) {
    // Each field's rows are in doc order and the fields come in order: a stable sort by doc
    // alone gives doc, then field.
    rows.sort((a, b) -> Integer.compare(a[0], b[0]));
    int distinct = 0;
    for (int r = 0; r < rows.size(); r++) {
      if (r == 0 || rows.get(r)[0] != rows.get(r - 1)[0]) distinct++;
    }
    int[] ids = new int[distinct];
    int[][] positions = new int[rows.size()][];
    int[] rowNorms = new int[rows.size()];
    int i = 0;
    for (int r = 0; r < rows.size(); r++) {
      int[] row = rows.get(r);
      if (r == 0 || row[0] != rows.get(r - 1)[0]) ids[i++] = row[0];
      positions[r] = Arrays.copyOf(row, row.length - 1);
      rowNorms[r] = row[row.length - 1];
    }
    return new TermPostings(term, ids, positions, rowNorms);
  }

  /** A field's terms in String order (the order of the shards and of the browser's lookup). */
  private static String[] sortedTerms(TermsEnum te) throws IOException {
    List<String> out = new ArrayList<>();
    for (BytesRef b = te.next(); b != null; b = te.next()) out.add(b.utf8ToString());
    String[] a = out.toArray(new String[0]);
    // UTF-8 byte order and UTF-16 order differ only around surrogates: nearly sorted already.
    Arrays.sort(a);
    return a;
  }

  /** The terms of every segment, sorted, without repeats. */
  private static String[] union(List<String[]> perLeaf) {
    if (perLeaf.isEmpty()) return new String[0];
    if (perLeaf.size() == 1) return perLeaf.get(0);
    TreeSet<String> all = new TreeSet<>();
    for (String[] terms : perLeaf) all.addAll(Arrays.asList(terms));
    return all.toArray(new String[0]);
  }

  /**
   * Lucene's one-byte length norm of a segment's documents for a field, into {@code out} from
   * {@code base} on (documents without the field keep 1).
   */
  private static void norms(NumericDocValues values, byte[] out, int base) throws IOException {
    if (values == null) return;
    for (int d = values.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = values.nextDoc()) {
      out[base + d] = (byte) values.longValue();
    }
  }

  /** Lucene's statistics of a field, as BM25 uses them; null when no document has the field. */
  public static FieldStats fieldStats(SearchIndex index, SearchField f) {
    try {
      CollectionStatistics c = index.searcher().collectionStatistics(f.name);
      if (c == null) return null;
      return new FieldStats(
          f, c.docCount(), (float) (c.sumTotalTermFreq() / (double) c.docCount()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A field's document count and average length (a float, as BM25Similarity computes it). */
  public record FieldStats(SearchField field, long docCount, float avgLength) {}
}
