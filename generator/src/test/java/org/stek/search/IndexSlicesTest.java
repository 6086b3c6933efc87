package org.stek.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The index in slices, on small made-up documents (the sample site's version is {@code
 * SlicesTest}): a fresh build in any number of slices, and the preview's kept slices, give the same
 * shards, words and written forms; the kept slices are indexed again only where documents changed.
 */
class IndexSlicesTest {
  /** A body equal when its text is (a lambda would compare by identity). */
  record Body(String text) implements Supplier<String> {
    @Override
    public String get() {
      return text;
    }
  }

  /** A word of its own for document {@code i}: woord + its number in letters. */
  static String own(int i) {
    StringBuilder w = new StringBuilder("woord");
    for (int n = i, k = 0; k < 3; k++, n /= 26) w.append((char) ('a' + n % 26));
    return w.toString();
  }

  static SearchDocument doc(int i, String title) {
    return new SearchDocument(
        "practices/" + i + ".html",
        "practice",
        Map.of(SearchField.TITLE, title, SearchField.PLACE, i % 2 == 0 ? "Brussel" : "Gent"),
        new Body("De coördinator en de ouders lezen " + own(i) + " samen in het stadsbestuur."),
        List.of(),
        List.of());
  }

  static List<SearchDocument> docs(int n) {
    List<SearchDocument> out = new ArrayList<>();
    for (int i = 0; i < n; i++) out.add(doc(i, "Leescafé " + own(i)));
    return out;
  }

  /** Every shard the export writes, by URL. */
  static Map<String, String> files(SearchIndex index) {
    Map<String, String> out = new TreeMap<>();
    IndexExport.write(index, (url, bytes) -> out.put(url, new String(bytes)));
    return out;
  }

  @Test
  void aSliceForEveryFiveHundredDocumentsUpToTheCores() {
    int cores = Runtime.getRuntime().availableProcessors();
    assertEquals(1, SearchIndex.slices(0));
    assertEquals(1, SearchIndex.slices(2 * SearchIndex.SLICE_MIN - 1));
    assertEquals(Math.min(cores, 2), SearchIndex.slices(2 * SearchIndex.SLICE_MIN));
    assertEquals(Math.min(cores, 3), SearchIndex.slices(3 * SearchIndex.SLICE_MIN + 1));
    assertEquals(cores, SearchIndex.slices(1000 * SearchIndex.SLICE_MIN));
  }

  @Test
  void anyNumberOfSlicesGivesTheSameShardsAndWords() throws Exception {
    List<SearchDocument> docs = docs(13);
    try (SearchIndex one = SearchIndex.build(docs, "nl", 1);
        SearchIndex three = SearchIndex.build(docs, "nl", 3)) {
      assertEquals(3, three.reader().leaves().size());
      assertEquals(files(one), files(three));
      assertEquals(one.words(), three.words());
      assertEquals(13, three.words().get("ouders"));
      assertEquals(13, three.words().get("bestuur"), "a compound's part counts with it");
      assertEquals(7, three.words().get("brussel"));
      assertEquals("coördinator", three.shown("coordinator"));
      assertEquals("Brussel", three.shown("brussel"));
      assertEquals("ouders", three.shown("ouders"));
      assertEquals("Leescafé", three.shown("leescafe"));
      assertEquals(13, three.documents().size());
      assertEquals("nl", three.analyzer().language());
    }
  }

  @Test
  void keptSlicesAreIndexedAgainOnlyWhereDocumentsChanged() throws Exception {
    List<SearchDocument> docs = docs(2 * SearchIndex.SLICE_MIN);
    int n = SearchIndex.slices(docs.size());
    try (IndexSlices kept = new IndexSlices("nl")) {
      try (SearchIndex first = kept.index(docs)) {
        assertEquals(n, kept.indexed());
        assertEquals(n, kept.slices());
        assertEquals(docs.size(), first.reader().maxDoc());
      }
      // closing the index left the slices open for the next build
      List<SearchDocument> same = docs(2 * SearchIndex.SLICE_MIN);
      try (SearchIndex again = kept.index(same)) {
        assertEquals(0, kept.indexed(), "equal documents: nothing indexed");
        assertEquals(same.size(), again.reader().maxDoc());
        assertTrue(
            new LuceneSearch(again)
                .search(own(27), false, 5).stream()
                    .anyMatch(h -> h.url().equals("practices/27.html")));
      }
      List<SearchDocument> edited = new ArrayList<>(docs);
      edited.set(edited.size() - 1, doc(edited.size() - 1, "Zonnebloem"));
      try (SearchIndex second = kept.index(edited);
          SearchIndex fresh = SearchIndex.build(edited, "nl", n)) {
        assertEquals(1, kept.indexed(), "only the last slice");
        assertEquals(n, kept.slices());
        assertEquals(files(fresh), files(second));
        assertEquals(
            List.of("practices/" + (edited.size() - 1) + ".html"),
            new LuceneSearch(second)
                .search("zonnebloem", false, 5).stream().map(SearchHit::url).toList());
        assertEquals(fresh.words(), second.words());
      }
      // one document more moves every slice's bounds: all are indexed again
      List<SearchDocument> more = docs(2 * SearchIndex.SLICE_MIN + 1);
      try (SearchIndex third = kept.index(more)) {
        assertEquals(n, kept.indexed());
        assertEquals(more.size(), third.reader().maxDoc());
        assertTrue(new LuceneSearch(third).search("zonnebloem", false, 5).isEmpty());
      }
    }
  }
}
