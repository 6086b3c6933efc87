package org.stek.related;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.stek.search.SearchField;
import org.stek.search.SearchIndex;

/**
 * Finds up to {@link #MAX} related practices per card: a more-like-this query of the card's most
 * distinctive terms ({@link LikeQuery}, as Lucene's MoreLikeThis makes it over title, summary and
 * body) picks candidates, and shared themes re-rank them. Cards with too few similar texts are
 * filled up with the cards that share most themes. It reads the search index (its postings), so no
 * text is analysed twice. Deterministic: document i is {@code docs.get(i)}, and ties go to the
 * lower index.
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

  /** The search fields a card's words are taken from. */
  static final List<String> FIELDS =
      List.of(SearchField.TITLE.name, SearchField.SUMMARY.name, SearchField.BODY.name);

  private RelatedFinder() {}

  /**
   * Related slugs per slug, for every document; document i of {@code index} is {@code docs.get(i)}
   * (the practices come first in the search index), any later ones are not practices.
   */
  public static Map<String, List<String>> find(SearchIndex index, List<RelatedDocument> docs) {
    IndexReader reader = index.reader();
    if (reader.maxDoc() < docs.size())
      throw new IllegalArgumentException("the index does not hold every practice");
    try {
      IndexSearcher searcher = new IndexSearcher(reader);
      searcher.setQueryCache(null);
      LikeQuery like = likeQuery(reader, docs.size());
      // Recommendations share the index: only practices may be candidates.
      Query practices =
          reader.maxDoc() == docs.size()
              ? null
              : new TermQuery(new Term(SearchIndex.KIND, "practice"));
      List<List<String>> related =
          IntStream.range(0, docs.size())
              .parallel()
              .mapToObj(i -> related(searcher, like, practices, i, docs))
              .toList();
      Map<String, List<String>> out = new LinkedHashMap<>();
      for (int i = 0; i < docs.size(); i++) out.put(docs.get(i).slug(), related.get(i));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Few, distinctive terms keep each query cheap: words in more than a fifth of the cards say
   * little about similarity and would make every query touch most of the index. Words in more than
   * {@link #MAX_DOC_FREQ} cards are left out too: a fifth of a large site is still a great many
   * cards, and with a fixed bound a query's cost stops growing with the site. Up to five times
   * MAX_DOC_FREQ cards the fifth is the tighter bound, so a smaller site's related practices are
   * the same either way.
   */
  private static LikeQuery likeQuery(IndexReader reader, int practices) throws IOException {
    int maxDocFreq = Math.max(2, Math.min(practices / 5, MAX_DOC_FREQ));
    return new LikeQuery(
        reader, FIELDS, new LikeQuery.Settings(2, 2, maxDocFreq, 3, MAX_QUERY_TERMS), practices);
  }

  /** The most cards a query term may be in. */
  static final int MAX_DOC_FREQ = 2_000;

  private record Scored(int doc, double score) {}

  private static List<String> related(
      IndexSearcher searcher,
      LikeQuery like,
      Query practices,
      int self,
      List<RelatedDocument> docs) {
    Set<String> themes = new HashSet<>(docs.get(self).themes());
    List<Scored> scored = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    for (ScoreDoc sd : candidates(searcher, like, practices, self)) {
      if (sd.doc == self) continue;
      seen.add(sd.doc);
      scored.add(new Scored(sd.doc, sd.score));
    }
    double best = scored.stream().mapToDouble(Scored::score).max().orElse(1);
    List<Scored> ranked = new ArrayList<>();
    for (Scored s : scored)
      ranked.add(
          new Scored(
              s.doc(), s.score() / best + THEME_WEIGHT * sharedThemes(themes, docs.get(s.doc()))));
    if (ranked.size() < MAX) {
      // Too little text in common: fill up with cards that share themes, looking at the next
      // FILL_SCAN cards that share any (not all cards: that would cost O(n) per card).
      int found = 0;
      for (int k = 1; k < docs.size() && found < FILL_SCAN; k++) {
        int d = (self + k) % docs.size();
        int n = sharedThemes(themes, docs.get(d));
        if (n > 0 && !seen.contains(d)) {
          ranked.add(new Scored(d, THEME_WEIGHT * n - 1));
          found++;
        }
      }
    }
    ranked.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparingInt(Scored::doc));
    return ranked.stream().limit(MAX).map(s -> docs.get(s.doc()).slug()).toList();
  }

  private static int sharedThemes(Set<String> themes, RelatedDocument d) {
    int n = 0;
    for (String t : d.themes()) if (themes.contains(t)) n++;
    return n;
  }

  /**
   * Counting hits only up to the number needed lets Lucene skip documents that cannot make the top
   * (block-max WAND), which keeps the cost per card from growing with the corpus.
   */
  private static ScoreDoc[] candidates(
      IndexSearcher searcher, LikeQuery like, Query practices, int self) {
    try {
      Query q = like.queryFor(self);
      if (practices != null) {
        q =
            new BooleanQuery.Builder()
                .add(q, BooleanClause.Occur.MUST)
                .add(practices, BooleanClause.Occur.FILTER)
                .build();
      }
      TopDocs top =
          searcher.search(
              q, new TopScoreDocCollectorManager(CANDIDATES + 1, null, CANDIDATES + 1, false));
      return top.scoreDocs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
