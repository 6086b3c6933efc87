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
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterMergePolicy;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.LogDocMergePolicy;
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
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene index of a site's search documents (doc id = position in the list), with the {@link
 * #termQuery} every search is made of, and the per-term postings the export writes.
 */
public final class SearchIndex implements AutoCloseable {
  private final List<SearchDocument> docs;
  private final SearchAnalyzer analyzer;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private TreeMap<String, Integer> docFreqs;
  private List<TermPostings> postings;
  private final Path folder;

  private SearchIndex(
      List<SearchDocument> docs, SearchAnalyzer analyzer, DirectoryReader reader, Path folder) {
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
    int slices =
        Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), docs.size() / SLICE_MIN));
    try {
      // Contiguous slices are indexed in parallel, each into its own folder, then merged in order
      // into one segment: Lucene's doc ids are then exactly the list positions the browser uses.
      List<FSDirectory> parts = new ArrayList<>();
      for (int s = 0; s < slices; s++) parts.add(FSDirectory.open(temp.resolve("slice-" + s)));
      IntStream.range(0, slices)
          .parallel()
          .forEach(
              s ->
                  indexSlice(
                      parts.get(s),
                      docs.subList(s * docs.size() / slices, (s + 1) * docs.size() / slices),
                      analyzer,
                      128 / slices));
      FSDirectory dir = FSDirectory.open(temp.resolve("index"));
      List<DirectoryReader> readers = new ArrayList<>();
      try {
        List<CodecReader> leaves = new ArrayList<>();
        for (FSDirectory part : parts) {
          DirectoryReader r = DirectoryReader.open(part);
          readers.add(r);
          for (LeafReaderContext leaf : r.leaves()) leaves.add((CodecReader) leaf.reader());
        }
        IndexWriterConfig cfg =
            new IndexWriterConfig(analyzer).setMergePolicy(new InOrder()).setUseCompoundFile(false);
        try (IndexWriter w = new IndexWriter(dir, cfg)) {
          if (!leaves.isEmpty()) w.addIndexes(leaves.toArray(new CodecReader[0]));
          w.commit();
        }
      } finally {
        for (DirectoryReader r : readers) r.close();
        for (FSDirectory part : parts) part.close();
      }
      return new SearchIndex(docs, analyzer, DirectoryReader.open(dir), temp);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void indexSlice(
      FSDirectory dir, List<SearchDocument> docs, SearchAnalyzer analyzer, int ramMb) {
    // No merges: the segments stay in the order they were flushed; the final merge does it once.
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

  /** Merges the slices handed to addIndexes into one segment, in the order given. */
  private static final class InOrder extends FilterMergePolicy {
    InOrder() {
      super(new LogDocMergePolicy());
    }

    @Override
    public MergeSpecification findMerges(CodecReader... readers) {
      MergeSpecification spec = new MergeSpecification();
      spec.add(new OneMerge(readers));
      return spec;
    }

    @Override
    public boolean useCompoundFile(
        org.apache.lucene.index.SegmentInfos infos,
        org.apache.lucene.index.SegmentCommitInfo info,
        MergeContext context) {
      return false;
    }
  }

  /** The index's reader (one segment; doc id = position in {@link #documents}). */
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
    if (leaf() == null) return out;
    try {
      for (SearchField f : SearchField.values()) {
        Terms terms = leaf().terms(f.name);
        if (terms == null) continue;
        TermsEnum te = terms.iterator();
        for (BytesRef b = te.next(); b != null; b = te.next()) out.add(b.utf8ToString());
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
    LeafReader leaf = leaf();
    if (leaf == null) return;
    try {
      SearchField[] fields = SearchField.values();
      int maxDoc = reader.maxDoc();
      TermsEnum[] enums = new TermsEnum[fields.length];
      String[][] fieldTerms = new String[fields.length][];
      byte[][] norms = new byte[fields.length][];
      CollectionStatistics[] stats = new CollectionStatistics[fields.length];
      for (SearchField f : fields) {
        int k = f.ordinal();
        Terms t = leaf.terms(f.name);
        fieldTerms[k] = new String[0];
        if (t == null) continue;
        enums[k] = t.iterator();
        fieldTerms[k] = sortedTerms(t.iterator());
        norms[k] = norms(leaf.getNormValues(f.name), maxDoc);
        stats[k] = searcher.collectionStatistics(f.name);
      }
      double[] sum = new double[maxDoc];
      boolean[] seen = new boolean[maxDoc];
      Similarity sim = searcher.getSimilarity();
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
        for (SearchField f : fields) {
          int k = f.ordinal();
          if (at[k] >= fieldTerms[k].length || !fieldTerms[k][at[k]].equals(term)) continue;
          at[k]++;
          TermsEnum te = enums[k];
          if (!te.seekExact(bytes)) continue;
          Similarity.SimScorer scorer =
              sim.scorer(
                  f.boost,
                  stats[k],
                  searcher.termStatistics(
                      new Term(f.name, bytes), te.docFreq(), te.totalTermFreq()));
          pe = te.postings(pe, PostingsEnum.POSITIONS);
          for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
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

  /** Lucene's one-byte length norm of every document for a field (1 where it has none). */
  private static byte[] norms(NumericDocValues values, int maxDoc) throws IOException {
    byte[] out = new byte[maxDoc];
    java.util.Arrays.fill(out, (byte) 1);
    if (values == null) return out;
    for (int d = values.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = values.nextDoc()) {
      out[d] = (byte) values.longValue();
    }
    return out;
  }

  /** Doc id to Lucene's score of {@link #termQuery}, by running that query's own scorer. */
  public TreeMap<Integer, Float> scores(String term) {
    TreeMap<Integer, Float> out = new TreeMap<>();
    if (leaf() == null) return out;
    try {
      Query q = searcher.rewrite(termQuery(term));
      Weight w = searcher.createWeight(q, ScoreMode.COMPLETE, 1f);
      Scorer s = w.scorer(reader.leaves().get(0));
      if (s == null) return out;
      DocIdSetIterator it = s.iterator();
      for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
        out.put(d, s.score());
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

  private LeafReader leaf() {
    return reader.leaves().isEmpty() ? null : reader.leaves().get(0).reader();
  }

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
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
  }
}
