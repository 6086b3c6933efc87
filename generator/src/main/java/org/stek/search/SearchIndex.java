package org.stek.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;

/**
 * The Lucene index of a site's search documents: built from them in contiguous slices indexed in
 * parallel, and read in order as one index, so a doc id is the document's position in the list (the
 * id the browser uses). {@link IndexPostings} reads its postings for the export, {@link
 * LuceneSearch} runs queries on it, and the related practices query its {@link #reader}.
 */
public final class SearchIndex implements AutoCloseable {
  /** Documents a slice must have before indexing is split over the cores. */
  static final int SLICE_MIN = 500;

  /** The field that tells practices from recommendations (not searched, not exported). */
  public static final String KIND = "kind";

  private final List<SearchDocument> docs;
  private final SearchAnalyzer analyzer;
  private final IndexReader reader;
  private final IndexSearcher searcher;
  private final Path folder;
  private final IndexWords words;
  private final Map<String, String> shown;

  /**
   * @param folder removed on close, with everything in it; null when the reader's slices belong to
   *     someone else ({@link IndexSlices})
   */
  SearchIndex(
      List<SearchDocument> docs,
      SearchAnalyzer analyzer,
      IndexReader reader,
      Path folder,
      IndexWords words) {
    this.folder = folder;
    this.words = words;
    this.shown = words.shown();
    this.docs = List.copyOf(docs);
    this.analyzer = analyzer;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.searcher.setQueryCache(null);
  }

  /** The index in as many slices as the cores and the size of the site call for. */
  public static SearchIndex build(List<SearchDocument> docs, String language) {
    return build(docs, language, slices(docs.size()));
  }

  /** How many slices a build indexes {@code docs} documents in: one per core, of some size. */
  static int slices(int docs) {
    return Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), docs / SLICE_MIN));
  }

  /**
   * The index in {@code slices} slices: the same documents give the same index, postings, scores
   * and ids in any number.
   */
  static SearchIndex build(List<SearchDocument> docs, String language, int slices) {
    SearchAnalyzer analyzer = SearchAnalyzer.forLanguage(language);
    SearchAnalyzer indexing = SearchAnalyzer.forIndex(language);
    try {
      // On disk, in a temporary folder removed on close: a large site's index is bigger than the
      // heap.
      Path temp = Files.createTempDirectory("stek-search");
      // Each slice into its own folder. The slices are not merged into one segment: merging
      // rewrites every posting once more, and a reader over the slices in order already gives
      // every document its list position as id.
      List<Directory> parts = new ArrayList<>();
      for (int s = 0; s < slices; s++) parts.add(ScratchDirectory.open(temp.resolve("slice-" + s)));
      List<IndexWords> words =
          IntStream.range(0, slices)
              .parallel()
              .mapToObj(
                  s ->
                      indexSlice(
                          parts.get(s),
                          docs.subList(s * docs.size() / slices, (s + 1) * docs.size() / slices),
                          indexing,
                          128 / slices))
              .toList();
      IndexReader[] readers = new IndexReader[slices];
      for (int s = 0; s < slices; s++) readers[s] = DirectoryReader.open(parts.get(s));
      return new SearchIndex(
          docs, analyzer, new MultiReader(readers), temp, IndexWords.merge(words));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Indexes {@code docs} into {@code dir} with an index analyzer ({@link SearchAnalyzer#forIndex}),
   * as one slice: ids in list order. Returns the slice's words.
   */
  static IndexWords indexSlice(
      Directory dir, List<SearchDocument> docs, SearchAnalyzer analyzer, int ramMb) {
    // No merges: the segments stay in the order they were flushed, so ids stay in list order.
    IndexWriterConfig cfg =
        new IndexWriterConfig(analyzer)
            .setMergePolicy(NoMergePolicy.INSTANCE)
            .setUseCompoundFile(false)
            .setRAMBufferSizeMB(Math.max(16, ramMb));
    IndexSink sink = analyzer.collect(new IndexSink());
    try (IndexWriter w = new IndexWriter(dir, cfg)) {
      for (SearchDocument d : docs) {
        Document doc = new Document();
        doc.add(new StoredField("url", d.url()));
        doc.add(new StringField(KIND, d.kind(), Field.Store.NO));
        for (SearchField f : SearchField.values()) {
          if (f == SearchField.PARTS) continue;
          String text = d.field(f);
          if (text == null || text.isBlank()) continue;
          doc.add(new TextField(f.name, text, Field.Store.NO));
        }
        // Last: the parts the fields before it were found to hold when they were analysed.
        doc.add(new Field(SearchField.PARTS.name, sink.partsStream(), PARTS));
        w.addDocument(doc);
      }
      w.commit();
      return sink.words();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      analyzer.release();
    }
  }

  /** The parts field: no positions (no phrase matches in it), norms for BM25. */
  private static final FieldType PARTS = partsType();

  private static FieldType partsType() {
    FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    t.freeze();
    return t;
  }

  /** The index's reader (doc id = position in {@link #documents}). */
  public IndexReader reader() {
    return reader;
  }

  public List<SearchDocument> documents() {
    return docs;
  }

  /** Every word of the indexed texts (before stemming) with its number of occurrences. */
  public Map<String, Integer> words() {
    return words.counts();
  }

  /** A word as the cards write it most often ({@code coördinator} for {@code coordinator}). */
  public String shown(String word) {
    return shown.getOrDefault(word, word);
  }

  public SearchAnalyzer analyzer() {
    return analyzer;
  }

  /** A searcher on the reader: Lucene's BM25, no query cache. */
  IndexSearcher searcher() {
    return searcher;
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
