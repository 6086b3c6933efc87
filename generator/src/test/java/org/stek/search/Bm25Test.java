package org.stek.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.stek.BuildOptions;
import org.stek.TestSite;
import org.stek.report.Problems;

/**
 * The formula the browser uses ({@link Bm25}, from the exported counts) gives Lucene's score of
 * {@link SearchQuery#termQuery} for every posting of the sample content, bit for bit.
 */
class Bm25Test {
  @Test
  void everyPostingScoresAsLucene() throws Exception {
    BuildOptions o =
        new BuildOptions(TestSite.REPO.resolve("content"), null, null, false, LocalDate.now());
    try (SearchIndex index = TestSite.searchIndex(o, new Problems())) {
      int checked = 0;
      for (TermPostings p : LuceneScores.postings(index)) {
        long[] df = new long[SearchField.values().length];
        for (int[] row : p.positions()) df[row[1]]++;
        double[] sums = new double[index.documents().size()];
        for (int r = 0; r < p.positions().length; r++) {
          int[] row = p.positions()[r];
          SearchField f = SearchField.values()[row[1]];
          IndexPostings.FieldStats st = IndexPostings.fieldStats(index, f);
          float idf = Bm25.idf(df[row[1]], st.docCount());
          sums[row[0]] += Bm25.score(f.boost, idf, st.avgLength(), row.length - 2, p.norms()[r]);
        }
        var lucene = LuceneScores.scores(index, p.term());
        assertEquals(lucene.keySet().size(), p.docs().length, p.term());
        for (var e : lucene.entrySet()) {
          assertEquals(
              e.getValue(), (float) sums[e.getKey()], 0f, p.term() + " in doc " + e.getKey());
          checked++;
        }
      }
      assertTrue(checked > 1000, "checked " + checked);
      System.out.println(checked + " postings score exactly as Lucene's scorer");
    }
  }
}
