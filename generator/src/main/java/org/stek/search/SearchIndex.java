package org.stek.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene index of a site's search documents (doc id = position in the list), with the {@link
 * #termQuery} every search is made of, and the per-term postings the export writes.
 */
public final class SearchIndex implements AutoCloseable {
  private final List<SearchDocument> docs;
  private final SearchAnalyzer analyzer;
  private final IndexReader reader;
  private final IndexSearcher searcher;
  private TreeMap<String, Integer> docFreqs;
  private List<TermPostings> postings;
  private final Path folder;

  /**
   * @param folder removed on close, with everything in it; null when the reader's slices belong to
   *     someone else ({@link IndexSlices})
   */
  SearchIndex(List<SearchDocument> docs, SearchAnalyzer analyzer, IndexReader reader, Path folder) {
    this.folder = folder;
    this.docs = List.copyOf(docs);
    this.analyzer = analyzer;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.searcher.setQueryCache(null);
  }

  /** Documents a slice must have before indexing is split over the cores. */
  static final int SLICE_MIN = 500;

  /** The field that tells practices from recommendations (not searched, not exported). */
  public static final String KIND = "kind";

  public static SearchIndex build(List<SearchDocument> docs, String language) {
    SearchAnalyzer analyzer = SearchAnalyzer.forLanguage(language);
    // On disk, in a temporary folder removed on close: a large site's index is bigger than the
    // heap.
    Path temp;
    try {
      temp = Files.createTempDirectory("stek-search");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return build(docs, analyzer, slices(docs.size()), temp);
  }

  /** How many slices a build indexes {@code docs} documents in: one per core, of some size. */
  static int slices(int docs) {
    return Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), docs / SLICE_MIN));
  }

  /**
   * The index in {@code slices} slices (a build picks their number by the cores and the size of the
   * site); the same documents give the same index, postings, scores and ids in any number.
   */
  public static SearchIndex build(List<SearchDocument> docs, String language, int slices) {
    try {
      return build(
          docs,
          SearchAnalyzer.forLanguage(language),
          slices,
          Files.createTempDirectory("stek-search"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static SearchIndex build(
      List<SearchDocument> docs, SearchAnalyzer analyzer, int slices, Path temp) {
    try {
      // Contiguous slices are indexed in parallel, each into its own folder, and read in order as
      // one index: doc id (slice's base + id in the slice) = position in the list, the ids the
      // browser uses. Not merged into one segment: that rewrote every posting once more, a
      // quarter of indexing.
      List<Directory> parts = new ArrayList<>();
      for (int s = 0; s < slices; s++) parts.add(ScratchDirectory.open(temp.resolve("slice-" + s)));
      IntStream.range(0, slices)
          .parallel()
          .forEach(
              s ->
                  indexSlice(
                      parts.get(s),
                      docs.subList(s * docs.size() / slices, (s + 1) * docs.size() / slices),
                      analyzer,
                      128 / slices));
      IndexReader[] readers = new IndexReader[slices];
      for (int s = 0; s < slices; s++) readers[s] = DirectoryReader.open(parts.get(s));
      return new SearchIndex(docs, analyzer, new MultiReader(readers), temp);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void indexSlice(
      Directory dir, List<SearchDocument> docs, SearchAnalyzer analyzer, int ramMb) {
    // No merges: the segments stay in the order they were flushed, so ids stay in list order.
    IndexWriterConfig cfg =
        new IndexWriterConfig(analyzer)
            .setMergePolicy(NoMergePolicy.INSTANCE)
            .setUseCompoundFile(false)
            .setRAMBufferSizeMB(Math.max(16, ramMb));
    try (IndexWriter w = new IndexWriter(dir, cfg)) {
      for (SearchDocument d : docs) {
        Document doc = new Document();
        doc.add(new StoredField("url", d.url()));
        doc.add(new StringField(KIND, d.kind(), Field.Store.NO));
        for (SearchField f : SearchField.values()) {
          String text = d.field(f);
          if (text == null || text.isBlank()) continue;
          doc.add(new TextField(f.name, text, Field.Store.NO));
        }
        w.addDocument(doc);
      }
      w.commit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The index's reader (doc id = position in {@link #documents}). */
  public IndexReader reader() {
    return reader;
  }

  public List<SearchDocument> documents() {
    return docs;
  }

  public SearchAnalyzer analyzer() {
    return analyzer;
  }

  public IndexSearcher searcher() {
    return searcher;
  }

  /** The query for one analysed term: the boosted sum of its BM25 scores over every field. */
  public static Query termQuery(String term) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (SearchField f : SearchField.values()) {
      b.add(
          new BoostQuery(new TermQuery(new Term(f.name, term)), f.boost),
          BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }

  /** Answers {@code text} with Lucene's IndexSearcher: the reference the browser engine matches. */
  public List<SearchHit> search(String text, boolean prefix, int limit) {
    Query q = SearchQuery.parse(text == null ? "" : text, prefix, this).toLucene();
    try {
      TopDocs top = searcher.search(q, Math.max(1, limit));
      List<SearchHit> out = new ArrayList<>();
      for (ScoreDoc sd : top.scoreDocs) {
        SearchDocument d = docs.get(sd.doc);
        out.add(new SearchHit(d.url(), d.title(), sd.score));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every term of every field, sorted. */
  public TreeSet<String> terms() {
    TreeSet<String> out = new TreeSet<>();
    try {
      for (SearchField f : SearchField.values()) {
        for (LeafReaderContext leaf : reader.leaves()) {
          Terms terms = leaf.reader().terms(f.name);
          if (terms == null) continue;
          TermsEnum te = terms.iterator();
          for (BytesRef b = te.next(); b != null; b = te.next()) out.add(b.utf8ToString());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * Every term's postings, sorted by term. A score is what Lucene's scorer for {@link #termQuery}
   * returns: per field the BM25 {@code SimScorer} that TermQuery uses (same statistics, same lossy
   * norms), summed over fields in double and rounded to float as BooleanQuery's disjunction does.
   */
  public synchronized List<TermPostings> postings() {
    if (postings == null) {
      List<TermPostings> out = new ArrayList<>();
      forEachPostings(out::add);
      postings = List.copyOf(out);
    }
    return postings;
  }

  /**
   * Hands every term's postings to {@code sink}, in term order, one at a time: the export writes
   * them out as they come, so a large site's postings are never all in memory. Each field's terms
   * are walked once and merged (a term is looked up only in the fields that have it), and each
   * field's norms are read once into an array, not per term.
   */
  public void forEachPostings(Consumer<TermPostings> sink) {
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
      CollectionStatistics[] stats = new CollectionStatistics[fields.length];
      for (SearchField f : fields) {
        int k = f.ordinal();
        norms[k] = new byte[maxDoc];
        java.util.Arrays.fill(norms[k], (byte) 1);
        List<String[]> perLeaf = new ArrayList<>();
        for (LeafReaderContext leaf : leaves) {
          Terms t = leaf.reader().terms(f.name);
          if (t == null) continue;
          enums[k][leaf.ord] = t.iterator();
          perLeaf.add(sortedTerms(t.iterator()));
          norms(leaf.reader().getNormValues(f.name), norms[k], leaf.docBase);
        }
        fieldTerms[k] = union(perLeaf);
        if (fieldTerms[k].length > 0) stats[k] = searcher.collectionStatistics(f.name);
      }
      double[] sum = new double[maxDoc];
      boolean[] seen = new boolean[maxDoc];
      Similarity sim = searcher.getSimilarity();
      int[] at = new int[fields.length];
      boolean[] has = new boolean[leaves.size()];
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
        for (SearchField f : fields) {
          int k = f.ordinal();
          if (at[k] >= fieldTerms[k].length || !fieldTerms[k][at[k]].equals(term)) continue;
          at[k]++;
          // The term's statistics over the whole index, as one segment would have them.
          int docFreq = 0;
          long totalTermFreq = 0;
          for (int l = 0; l < leaves.size(); l++) {
            TermsEnum te = enums[k][l];
            has[l] = te != null && te.seekExact(bytes);
            if (!has[l]) continue;
            docFreq += te.docFreq();
            totalTermFreq += te.totalTermFreq();
          }
          if (docFreq == 0) continue;
          Similarity.SimScorer scorer =
              sim.scorer(
                  f.boost,
                  stats[k],
                  searcher.termStatistics(new Term(f.name, bytes), docFreq, totalTermFreq));
          for (int l = 0; l < leaves.size(); l++) {
            if (!has[l]) continue;
            int base = leaves.get(l).docBase;
            pe = enums[k][l].postings(pe, PostingsEnum.POSITIONS);
            for (int x = pe.nextDoc(); x != DocIdSetIterator.NO_MORE_DOCS; x = pe.nextDoc()) {
              int d = base + x;
              int freq = pe.freq();
              long norm = norms[k][d];
              // Summed in field order, in double, as BooleanQuery's disjunction does.
              if (!seen[d]) {
                seen[d] = true;
                sum[d] = 0;
              }
              sum[d] += scorer.score(freq, norm);
              int[] row = new int[freq + 3];
              row[0] = d;
              row[1] = k;
              row[freq + 2] = (int) (norm & 0xFF);
              for (int i = 0; i < freq; i++) row[i + 2] = pe.nextPosition();
              rows.add(row);
            }
          }
        }
        // Each field's rows are in doc order and the fields come in order: a stable sort by doc
        // alone gives doc, then field.
        rows.sort((a, b) -> Integer.compare(a[0], b[0]));
        int distinct = 0;
        for (int r = 0; r < rows.size(); r++) {
          if (r == 0 || rows.get(r)[0] != rows.get(r - 1)[0]) distinct++;
        }
        int[] ids = new int[distinct];
        float[] scores = new float[distinct];
        int[][] positions = new int[rows.size()][];
        int[] rowNorms = new int[rows.size()];
        int i = 0;
        for (int r = 0; r < rows.size(); r++) {
          int[] row = rows.get(r);
          if (r == 0 || row[0] != rows.get(r - 1)[0]) {
            ids[i] = row[0];
            scores[i++] = (float) sum[row[0]];
            seen[row[0]] = false;
          }
          positions[r] = java.util.Arrays.copyOf(row, row.length - 1);
          rowNorms[r] = row[row.length - 1];
        }
        sink.accept(new TermPostings(term, ids, scores, positions, rowNorms));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A field's terms in String order (the order of the shards and of the browser's lookup). */
  private static String[] sortedTerms(TermsEnum te) throws IOException {
    List<String> out = new ArrayList<>();
    for (BytesRef b = te.next(); b != null; b = te.next()) out.add(b.utf8ToString());
    String[] a = out.toArray(new String[0]);
    // UTF-8 byte order and UTF-16 order differ only around surrogates: nearly sorted already.
    java.util.Arrays.sort(a);
    return a;
  }

  /** The terms of every segment, sorted, without repeats. */
  private static String[] union(List<String[]> perLeaf) {
    if (perLeaf.isEmpty()) return new String[0];
    if (perLeaf.size() == 1) return perLeaf.get(0);
    TreeSet<String> all = new TreeSet<>();
    for (String[] terms : perLeaf) all.addAll(java.util.Arrays.asList(terms));
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

  /** Doc id to Lucene's score of {@link #termQuery}, by running that query's own scorer. */
  public TreeMap<Integer, Float> scores(String term) {
    TreeMap<Integer, Float> out = new TreeMap<>();
    if (reader.leaves().isEmpty()) return out;
    try {
      Query q = searcher.rewrite(termQuery(term));
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

  /** Lucene's statistics of a field, as BM25 uses them; null when no document has the field. */
  public FieldStats fieldStats(SearchField f) {
    try {
      CollectionStatistics c = searcher.collectionStatistics(f.name);
      if (c == null) return null;
      return new FieldStats(
          f, c.docCount(), (float) (c.sumTotalTermFreq() / (double) c.docCount()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A field's document count and average length (a float, as BM25Similarity computes it). */
  public record FieldStats(SearchField field, long docCount, float avgLength) {}

  /** Each term with the number of documents that have it in any field. */
  public synchronized TreeMap<String, Integer> docFreqs() {
    if (docFreqs == null) {
      docFreqs = new TreeMap<>();
      for (TermPostings p : postings()) docFreqs.put(p.term(), p.docs().length);
    }
    return docFreqs;
  }

  @Override
  public void close() throws IOException {
    reader.close();
    if (folder == null) return;
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
  }
}
