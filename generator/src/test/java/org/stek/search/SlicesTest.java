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
    Stek.Content c = sample();
    List<SearchDocument> docs = SearchDocuments.of(c.kb(), c.bodies());
    assertTrue(docs.size() >= 4, "a few documents: " + docs.size());
    String lang = c.kb().config().language();
    try (SearchIndex one = SearchIndex.build(docs, lang, 1);
        SearchIndex three = SearchIndex.build(docs, lang, 3)) {
      assertEquals(3, three.reader().leaves().size());
      assertEquals(files(one), files(three));
      List<org.stek.related.RelatedDocument> rel =
          c.kb().practices().stream()
              .map(p -> new org.stek.related.RelatedDocument(p.slug(), p.values("themes")))
              .toList();
      assertEquals(
          org.stek.related.RelatedFinder.find(one, rel),
          org.stek.related.RelatedFinder.find(three, rel));
      List<TermPostings> a = LuceneScores.postings(one);
      List<TermPostings> b = LuceneScores.postings(three);
      assertEquals(a.size(), b.size());
      for (int i = 0; i < a.size(); i++) {
        String term = a.get(i).term();
        assertEquals(term, b.get(i).term());
        assertArrayEquals(a.get(i).docs(), b.get(i).docs(), term);
        assertArrayEquals(a.get(i).positions(), b.get(i).positions(), term);
        assertArrayEquals(a.get(i).norms(), b.get(i).norms(), term);
        assertEquals(LuceneScores.scores(one, term), LuceneScores.scores(three, term), term);
      }
    }
  }

  @Test
  void keptSlicesIndexAgainOnlyTheSliceWithTheChangedDocument() throws Exception {
    Stek.Content c = sample();
    List<SearchDocument> docs = SearchDocuments.of(c.kb(), c.bodies());
    String lang = c.kb().config().language();
    // as many documents as make two slices on two cores or more
    List<SearchDocument> many = new java.util.ArrayList<>();
    for (int i = 0; many.size() < 2 * SearchIndex.SLICE_MIN; i++) {
      SearchDocument d = docs.get(i % docs.size());
      many.add(
          new SearchDocument(
              d.url() + "?" + i, d.kind(), d.fields(), d.body(), d.ratings(), d.themes()));
    }
    int slices = SearchIndex.slices(many.size());
    try (IndexSlices kept = new IndexSlices(lang)) {
      try (SearchIndex first = kept.index(many);
          SearchIndex fresh = SearchIndex.build(many, lang, slices)) {
        assertEquals(slices, kept.indexed());
        assertEquals(files(fresh), files(first));
      }
      List<SearchDocument> edited = new java.util.ArrayList<>(many);
      SearchDocument last = edited.get(edited.size() - 1);
      Map<SearchField, String> fields = new java.util.EnumMap<>(SearchField.class);
      fields.putAll(last.fields());
      fields.put(SearchField.TITLE, last.title() + " zonnebloem");
      edited.set(
          edited.size() - 1,
          new SearchDocument(
              last.url(), last.kind(), fields, last.body(), last.ratings(), last.themes()));
      try (SearchIndex second = kept.index(edited);
          SearchIndex fresh = SearchIndex.build(edited, lang, slices)) {
        assertEquals(1, kept.indexed(), "only the last slice");
        assertEquals(slices, kept.slices());
        assertEquals(files(fresh), files(second));
        assertTrue(files(second).values().stream().anyMatch(f -> f.contains("zonnebloem")));
        assertEquals(
            LuceneScores.scores(fresh, "zonnebloem"), LuceneScores.scores(second, "zonnebloem"));
      }
      try (SearchIndex same = kept.index(edited)) {
        assertEquals(0, kept.indexed(), "the same documents: nothing indexed");
        assertEquals(edited.size(), same.reader().maxDoc());
      }
    }
  }

  private static Stek.Content sample() {
    BuildOptions o =
        new BuildOptions(TestSite.REPO.resolve("content"), null, null, false, LocalDate.now());
    return Stek.read(o, new Problems());
  }

  private static Map<String, String> files(SearchIndex index) {
    Map<String, String> out = new TreeMap<>();
    IndexExport.write(index, (url, bytes) -> out.put(url, new String(bytes)));
    return out;
  }
}
