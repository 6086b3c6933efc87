package org.stek.related;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * Finds up to {@link #MAX} related practices per card: MoreLikeThis over the card's text, plus a
 * boost per shared theme so that cards on the same themes come first among similar texts.
 * Deterministic: documents are added in slug order and ties keep that order.
 */
public final class RelatedFinder {
  public static final int MAX = 4;
  static final int MAX_QUERY_TERMS = 15;
  static final String TEXT = "text";
  static final String THEME = "theme";
  static final String SLUG = "slug";

  /** Weight of one shared theme relative to the text similarity. */
  static final float THEME_BOOST = 0.75f;

  private final Analyzer analyzer;

  public RelatedFinder(String language) {
    this.analyzer = Analyzers.forLanguage(language);
  }

  /** Related slugs per slug, for every document. */
  public Map<String, List<String>> find(List<RelatedDocument> docs) {
    try (Directory dir = new ByteBuffersDirectory()) {
      FieldType textType = new FieldType();
      textType.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
      textType.setTokenized(true);
      textType.setStoreTermVectors(true);
      textType.freeze();
      try (IndexWriter w =
          new IndexWriter(
              dir,
              new IndexWriterConfig(analyzer)
                  .setMergePolicy(new LogDocMergePolicy())
                  .setRAMBufferSizeMB(256))) {
        for (RelatedDocument d : docs) {
          Document doc = new Document();
          doc.add(new StringField("id", d.slug(), Field.Store.NO));
          doc.add(new Field(TEXT, d.text(), textType));
          for (String t : d.themes()) doc.add(new StringField(THEME, t, Field.Store.NO));
          w.addDocument(doc);
        }
        // One segment, merged in order: doc id i is docs.get(i), and ties keep slug order.
        w.forceMerge(1);
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        ThreadLocal<MoreLikeThis> mlt = ThreadLocal.withInitial(() -> moreLikeThis(reader));
        List<List<String>> related =
            IntStream.range(0, docs.size())
                .parallel()
                .mapToObj(i -> top(searcher, query(mlt.get(), i, docs.get(i)), docs))
                .toList();
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (int i = 0; i < docs.size(); i++) out.put(docs.get(i).slug(), related.get(i));
        return out;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Few, distinctive terms keep each query cheap: common words (in more than a fifth of the cards)
   * say nothing about similarity and would make every query touch most of the index.
   */
  private MoreLikeThis moreLikeThis(IndexReader reader) {
    MoreLikeThis mlt;
    try {
      mlt = new MoreLikeThis(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    mlt.setAnalyzer(analyzer);
    mlt.setFieldNames(new String[] {TEXT});
    mlt.setMinTermFreq(2);
    mlt.setMinDocFreq(2);
    mlt.setMaxDocFreq(Math.max(2, reader.numDocs() / 5));
    mlt.setMinWordLen(3);
    mlt.setMaxQueryTerms(MAX_QUERY_TERMS);
    mlt.setBoost(true);
    return mlt;
  }

  private static Query query(MoreLikeThis mlt, int doc, RelatedDocument d) {
    try {
      BooleanQuery.Builder q = new BooleanQuery.Builder();
      q.add(mlt.like(doc), BooleanClause.Occur.SHOULD);
      for (String t : d.themes()) {
        q.add(
            new BoostQuery(new TermQuery(new Term(THEME, t)), THEME_BOOST),
            BooleanClause.Occur.SHOULD);
      }
      q.add(new TermQuery(new Term("id", d.slug())), BooleanClause.Occur.MUST_NOT);
      return q.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The best {@link #MAX}. Counting hits only up to MAX lets Lucene skip documents that cannot make
   * the top (block-max WAND), which keeps the cost per card from growing with the corpus.
   */
  private static List<String> top(IndexSearcher searcher, Query q, List<RelatedDocument> docs) {
    try {
      TopDocs top = searcher.search(q, new TopScoreDocCollectorManager(MAX, null, MAX, false));
      List<String> slugs = new ArrayList<>();
      for (ScoreDoc sd : top.scoreDocs) slugs.add(docs.get(sd.doc).slug());
      return slugs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
