package org.stek.related;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * Finds up to {@link #MAX} related practices per card: MoreLikeThis over the card's text, plus a
 * boost per shared theme so that cards on the same themes come first among similar texts.
 * Deterministic: documents are added in slug order and ties keep that order.
 */
public final class RelatedFinder {
  public static final int MAX = 4;
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
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
        for (RelatedDocument d : docs) {
          Document doc = new Document();
          doc.add(new StoredField(SLUG, d.slug()));
          doc.add(new StringField("id", d.slug(), Field.Store.NO));
          doc.add(new Field(TEXT, d.text(), textType));
          for (String t : d.themes()) doc.add(new StringField(THEME, t, Field.Store.NO));
          w.addDocument(doc);
        }
        w.forceMerge(1); // doc ids in insertion order, in one segment
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        MoreLikeThis mlt = new MoreLikeThis(reader);
        mlt.setAnalyzer(analyzer);
        mlt.setFieldNames(new String[] {TEXT});
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(2);
        mlt.setMinWordLen(3);
        mlt.setMaxQueryTerms(25);
        mlt.setBoost(true);
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (int i = 0; i < docs.size(); i++) {
          RelatedDocument d = docs.get(i);
          BooleanQuery.Builder q = new BooleanQuery.Builder();
          q.add(mlt.like(i), BooleanClause.Occur.SHOULD);
          for (String t : d.themes()) {
            q.add(
                new BoostQuery(new TermQuery(new Term(THEME, t)), THEME_BOOST),
                BooleanClause.Occur.SHOULD);
          }
          q.add(new TermQuery(new Term("id", d.slug())), BooleanClause.Occur.MUST_NOT);
          out.put(d.slug(), top(searcher, q.build()));
        }
        return out;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> top(IndexSearcher searcher, Query q) throws IOException {
    List<String> slugs = new ArrayList<>();
    for (ScoreDoc sd : searcher.search(q, MAX).scoreDocs) {
      slugs.add(searcher.storedFields().document(sd.doc).get(SLUG));
    }
    return slugs;
  }
}
