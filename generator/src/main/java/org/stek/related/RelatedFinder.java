package org.stek.related;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.TermVectors;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;

/**
 * Finds up to {@link #MAX} related practices per card: a more-like-this query of the card's most
 * distinctive terms ({@link LikeQuery}, as Lucene's MoreLikeThis makes it) picks candidates, and
 * shared themes re-rank them. Cards with too few similar texts are filled up with the cards that
 * share most themes. Deterministic: document i is {@code docs.get(i)}, and ties go to the lower
 * index.
 */
public final class RelatedFinder {
  public static final int MAX = 4;

  /** Candidates taken from MoreLikeThis before re-ranking by themes. */
  static final int CANDIDATES = 12;

  /** How many theme-sharing cards a card with too few similar texts chooses its fill-up from. */
  static final int FILL_SCAN = 32;

  static final int MAX_QUERY_TERMS = 15;

  /** Weight of one shared theme, relative to the best text similarity (1.0). */
  static final double THEME_WEIGHT = 0.25;

  static final String TEXT = "text";

  private final Analyzer analyzer;

  public RelatedFinder(String language) {
    this.analyzer = Analyzers.forLanguage(language);
  }

  /** Related slugs per slug, for every document. */
  public Map<String, List<String>> find(List<RelatedDocument> docs) {
    int chunks =
        Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), docs.size() / 500));
    // On disk, not on the heap: at 100,000 cards the index with its term vectors is too big for it.
    Path temp;
    try {
      temp = Files.createTempDirectory("stek-related");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      return find(docs, chunks, temp);
    } finally {
      delete(temp);
    }
  }

  private Map<String, List<String>> find(List<RelatedDocument> docs, int chunks, Path temp) {
    List<Directory> dirs = IntStream.range(0, chunks).mapToObj(c -> open(temp, c)).toList();
    // Each chunk is a contiguous slice indexed in parallel; MultiReader keeps the slices in order.
    IntStream.range(0, chunks)
        .parallel()
        .forEach(
            c ->
                index(
                    dirs.get(c),
                    docs.subList(c * docs.size() / chunks, (c + 1) * docs.size() / chunks)));
    try {
      IndexReader[] readers = new IndexReader[chunks];
      for (int c = 0; c < chunks; c++) readers[c] = DirectoryReader.open(dirs.get(c));
      try (MultiReader reader = new MultiReader(readers)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        LikeQuery like = likeQuery(reader);
        ThreadLocal<TermVectors> vectors = ThreadLocal.withInitial(() -> termVectors(reader));
        List<List<String>> related =
            IntStream.range(0, docs.size())
                .parallel()
                .mapToObj(i -> related(searcher, like, vectors.get(), i, docs))
                .toList();
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (int i = 0; i < docs.size(); i++) out.put(docs.get(i).slug(), related.get(i));
        return out;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Directory open(Path temp, int chunk) {
    try {
      return org.stek.search.ScratchDirectory.open(temp.resolve("chunk-" + chunk));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind is not worth failing a build for
    }
  }

  private void index(Directory dir, List<RelatedDocument> docs) {
    FieldType textType = new FieldType();
    textType.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    textType.setTokenized(true);
    textType.setStoreTermVectors(true);
    textType.freeze();
    // LogDocMergePolicy merges neighbouring segments only, so doc ids stay in insertion order.
    IndexWriterConfig config =
        new IndexWriterConfig(analyzer)
            .setMergePolicy(new LogDocMergePolicy())
            .setRAMBufferSizeMB(64);
    try (IndexWriter w = new IndexWriter(dir, config)) {
      for (RelatedDocument d : docs) {
        Document doc = new Document();
        doc.add(new Field(TEXT, d.text(), textType));
        w.addDocument(doc);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Few, distinctive terms keep each query cheap: words in more than a fifth of the cards say
   * little about similarity and would make every query touch most of the index.
   */
  private static LikeQuery likeQuery(IndexReader reader) throws IOException {
    return new LikeQuery(
        reader,
        TEXT,
        new LikeQuery.Settings(2, 2, Math.max(2, reader.numDocs() / 5), 3, MAX_QUERY_TERMS));
  }

  private static TermVectors termVectors(IndexReader reader) {
    try {
      return reader.termVectors();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record Scored(int doc, double score) {}

  private static List<String> related(
      IndexSearcher searcher,
      LikeQuery like,
      TermVectors vectors,
      int self,
      List<RelatedDocument> docs) {
    Set<String> themes = new HashSet<>(docs.get(self).themes());
    List<Scored> scored = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    for (ScoreDoc sd : candidates(searcher, like, vectors, self)) {
      if (sd.doc == self) continue;
      seen.add(sd.doc);
      scored.add(new Scored(sd.doc, sd.score));
    }
    double best = scored.stream().mapToDouble(Scored::score).max().orElse(1);
    List<Scored> ranked = new ArrayList<>();
    for (Scored s : scored)
      ranked.add(
          new Scored(s.doc(), s.score() / best + THEME_WEIGHT * shared(themes, docs.get(s.doc()))));
    if (ranked.size() < MAX) {
      // Too little text in common: fill up with cards that share themes, looking at the next
      // FILL_SCAN cards that share any (not all cards: that would cost O(n) per card).
      int found = 0;
      for (int k = 1; k < docs.size() && found < FILL_SCAN; k++) {
        int d = (self + k) % docs.size();
        int n = shared(themes, docs.get(d));
        if (n > 0 && !seen.contains(d)) {
          ranked.add(new Scored(d, THEME_WEIGHT * n - 1));
          found++;
        }
      }
    }
    ranked.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparingInt(Scored::doc));
    return ranked.stream().limit(MAX).map(s -> docs.get(s.doc()).slug()).toList();
  }

  private static int shared(Set<String> themes, RelatedDocument d) {
    int n = 0;
    for (String t : d.themes()) if (themes.contains(t)) n++;
    return n;
  }

  /**
   * Counting hits only up to the number needed lets Lucene skip documents that cannot make the top
   * (block-max WAND), which keeps the cost per card from growing with the corpus.
   */
  private static ScoreDoc[] candidates(
      IndexSearcher searcher, LikeQuery like, TermVectors vectors, int self) {
    try {
      Query q = like.like(vectors, self);
      TopDocs top =
          searcher.search(
              q, new TopScoreDocCollectorManager(CANDIDATES + 1, null, CANDIDATES + 1, false));
      return top.scoreDocs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
