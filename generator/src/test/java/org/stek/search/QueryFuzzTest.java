package org.stek.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.stek.TestSite;
import org.stek.report.Problems;

/**
 * Whatever a reader types, the query parser and Lucene answer with a list (maybe empty), never an
 * exception, at most the limit long. Runs on the saved inputs in `./mvnw verify`.
 */
class QueryFuzzTest {
  private static final LuceneSearch SEARCH =
      new LuceneSearch(TestSite.searchIndex(TestSite.sample(null), new Problems()));

  @FuzzTest(maxDuration = "10m")
  void anyQueryGivesAList(String query, boolean prefix) {
    List<SearchHit> hits = SEARCH.search(query, prefix, 10);
    assertNotNull(hits);
    assertTrue(hits.size() <= 10);
    for (SearchHit h : hits) assertTrue(h.score() > 0 && !Float.isNaN(h.score()), h::toString);
    // Best first, each page once, only cards with a page of their own, the same every time.
    for (int i = 1; i < hits.size(); i++)
      assertTrue(hits.get(i - 1).score() >= hits.get(i).score(), hits::toString);
    assertEquals(hits.size(), hits.stream().map(SearchHit::url).distinct().count(), hits::toString);
    for (SearchHit h : hits)
      assertTrue(
          h.url().matches("(practices|recommendations|organisations|events)/[a-z0-9-]+\\.html"),
          h::toString);
    assertEquals(hits, SEARCH.search(query, prefix, 10));
  }
}
