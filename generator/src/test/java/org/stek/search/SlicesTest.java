package org.stek.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.stek.BuildOptions;
import org.stek.Stek;
import org.stek.TestSite;
import org.stek.report.Problems;

/**
 * The search index is built in slices on several cores; the slices' number must change nothing: the
 * same shards byte for byte, the same Lucene scores, the same related practices.
 */
class SlicesTest {
  @Test
  void anyNumberOfSlicesGivesTheSameIndex() throws Exception {
    BuildOptions o =
        new BuildOptions(TestSite.REPO.resolve("content"), null, null, false, LocalDate.now());
    Stek.Content c = Stek.read(o, new Problems());
    List<SearchDocument> docs = SearchDocuments.of(c.kb(), c.bodies());
    assertTrue(docs.size() >= 4, "a few documents: " + docs.size());
    String lang = c.kb().config().language();
    try (SearchIndex one = SearchIndex.build(docs, lang, 1);
        SearchIndex three = SearchIndex.build(docs, lang, 3)) {
      assertEquals(3, three.reader().leaves().size());
      assertEquals(files(one), files(three));
      for (String term : one.terms()) assertEquals(one.scores(term), three.scores(term), term);
      assertEquals(Stek.related(c.kb(), one), Stek.related(c.kb(), three));
      List<TermPostings> a = one.postings();
      List<TermPostings> b = three.postings();
      assertEquals(a.size(), b.size());
      for (int i = 0; i < a.size(); i++) {
        assertEquals(a.get(i).term(), b.get(i).term());
        assertArrayEquals(a.get(i).docs(), b.get(i).docs(), a.get(i).term());
        assertArrayEquals(a.get(i).scores(), b.get(i).scores(), a.get(i).term());
      }
    }
  }

  private static Map<String, String> files(SearchIndex index) {
    Map<String, String> out = new TreeMap<>();
    IndexExport.write(index, (url, bytes) -> out.put(url, new String(bytes)));
    return out;
  }
}
