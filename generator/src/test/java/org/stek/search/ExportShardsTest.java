package org.stek.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.stek.config.Synonyms;

/**
 * The export of a site too big for one shard of each kind: term shards cut at their size, position
 * shards beside them, four documents a shard, and the manifest and words.js the browser starts
 * from.
 */
class ExportShardsTest {
  /** Nine documents of 200 words each that no other has, in three places. */
  static List<SearchDocument> docs() {
    List<SearchDocument> out = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      StringBuilder body = new StringBuilder("Ouders lezen samen. ");
      for (int k = 0; k < 200; k++) body.append(IndexSlicesTest.own(i * 200 + k)).append(' ');
      out.add(
          new SearchDocument(
              "practices/" + i + ".html",
              i == 8 ? "event" : "practice",
              Map.of(
                  SearchField.TITLE, "Stadsbestuur " + i,
                  SearchField.ORGANISATION, "Stad Gent",
                  SearchField.PLACE, "Gent"),
              new IndexSlicesTest.Body(i == 8 ? "lang".repeat(100) : body.toString()),
              List.of(),
              List.of()));
    }
    return out;
  }

  /** Each shard's object, by file name. */
  static Map<String, JsonNode> shards(SearchIndex index, SynonymGraph synonyms) throws Exception {
    Map<String, JsonNode> out = new TreeMap<>();
    ObjectMapper json = new ObjectMapper();
    Map<String, byte[]> files = new TreeMap<>();
    IndexExport.write(index, synonyms, files::put);
    for (var e : files.entrySet()) {
      String s = new String(e.getValue(), StandardCharsets.UTF_8);
      out.put(e.getKey(), json.readTree(s.substring("stek.addShard(".length(), s.length() - 3)));
    }
    return out;
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  @Test
  void termShardsAreCutWhenTheNextTermWouldPassTheirSize() throws Exception {
    try (SearchIndex index = SearchIndex.build(docs(), "nl", 1)) {
      Map<String, JsonNode> shards = shards(index, SynonymGraph.NONE);
      List<String> firsts = texts(shards.get("search/manifest.js").get("first"));
      assertTrue(firsts.size() >= 3, firsts.toString());
      List<String> all = new ArrayList<>();
      List<Long> sizes = new ArrayList<>();
      for (int i = 0; i < firsts.size(); i++) {
        JsonNode t = shards.get("search/t-" + i + ".js");
        assertEquals("t", t.get("type").asText());
        assertEquals(String.valueOf(i), t.get("id").asText());
        long size = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = t.get("t").fields(); it.hasNext(); ) {
          var e = it.next();
          if (size == 0) assertEquals(firsts.get(i), e.getKey());
          size += e.getKey().length() + e.getValue().asText().length() + 4;
          all.add(e.getKey());
        }
        sizes.add(size);
      }
      assertEquals(LuceneScores.postings(index).stream().map(TermPostings::term).toList(), all);
      for (int i = 0; i + 1 < sizes.size(); i++) {
        assertTrue(sizes.get(i) <= IndexExport.SHARD_BYTES, sizes.toString());
        // the next shard's first term did not fit
        String next = firsts.get(i + 1);
        long first =
            next.length()
                + shards.get("search/t-" + (i + 1) + ".js").get("t").get(next).asText().length()
                + 4;
        assertTrue(sizes.get(i) + first > IndexExport.SHARD_BYTES, sizes.toString());
      }
      assertNull(shards.get("search/t-" + firsts.size() + ".js"));
    }
  }

  @Test
  void positionShardsHoldThePhrasedFieldsPositions() throws Exception {
    try (SearchIndex index = SearchIndex.build(docs(), "nl", 1)) {
      Map<String, JsonNode> shards = shards(index, SynonymGraph.NONE);
      int n = shards.get("search/manifest.js").get("first").size();
      Map<String, String> positions = new TreeMap<>();
      for (int i = 0; i < n; i++) {
        JsonNode p = shards.get("search/p-" + i + ".js");
        assertEquals("p", p.get("type").asText());
        assertEquals(String.valueOf(i), p.get("id").asText());
        p.get("p").fields().forEachRemaining(e -> positions.put(e.getKey(), e.getValue().asText()));
      }
      int checked = 0;
      for (TermPostings tp : LuceneScores.postings(index)) {
        List<Integer> want = new ArrayList<>();
        int prevDoc = 0;
        for (int[] row : tp.positions()) {
          if (!SearchField.values()[row[1]].phrased()) continue;
          want.addAll(List.of(row[0] - prevDoc, row[1], row.length - 2));
          prevDoc = row[0];
          for (int i = 2, prev = 0; i < row.length; prev = row[i], i++) want.add(row[i] - prev);
        }
        if (want.isEmpty()) {
          assertFalse(positions.containsKey(tp.term()), tp.term() + " is only a part");
        } else {
          assertEquals(want, IndexExportTest.vlq(positions.get(tp.term())), tp.term());
          checked++;
        }
      }
      assertTrue(checked > 1600, "checked " + checked);
      // "bestur" is only a part of "stadsbestuur": in no position shard
      assertFalse(positions.containsKey("bestur"), "a part only");
      assertTrue(positions.containsKey("stadsbestur"));
    }
  }

  @Test
  void documentsComeFourAShardWithWhatTheCompareViewShows() throws Exception {
    try (SearchIndex index = SearchIndex.build(docs(), "nl", 1)) {
      Map<String, JsonNode> shards = shards(index, SynonymGraph.NONE);
      assertEquals(4, shards.get("search/d-0.js").get("d").size());
      assertEquals(4, shards.get("search/d-1.js").get("d").size());
      JsonNode last = shards.get("search/d-2.js");
      assertEquals("2", last.get("id").asText());
      assertEquals("d", last.get("type").asText());
      assertEquals(1, last.get("d").size());
      assertNull(shards.get("search/d-3.js"));
      JsonNode d = last.get("d").get(0);
      assertEquals("practices/8.html", d.get("u").asText());
      assertEquals("event", d.get("k").asText());
      assertEquals("Stad Gent", d.get("o").asText());
      assertEquals("Gent", d.get("pl").asText());
      // no space to cut at: the first 360 characters
      assertEquals("lang".repeat(90), d.get("x").asText());
      assertEquals(
          "practices/5.html", shards.get("search/d-1.js").get("d").get(1).get("u").asText());
    }
  }

  @Test
  void theManifestCarriesWhatTheBrowserScoresAndAnalysesWith() throws Exception {
    SynonymGraph synonyms =
        SynonymGraph.of(
            new Synonyms(
                List.of(
                    SynonymGraphTest.group(1, "ouder", "intern begeleider"),
                    SynonymGraphTest.group(2, "docent", "leraar"))),
            SearchAnalyzer.forLanguage("nl"),
            null,
            null);
    try (SearchIndex index = SearchIndex.build(docs(), "nl", 1)) {
      JsonNode m = shards(index, synonyms).get("search/manifest.js");
      assertEquals("m", m.get("type").asText());
      assertEquals(1, m.get("v").asInt());
      assertEquals("nl", m.get("lang").asText());
      assertEquals(9, m.get("docs").asInt());
      assertEquals(IndexExport.DOCS_PER_SHARD, m.get("docShard").asInt());
      assertEquals(SearchQuery.MAX_EXPANSIONS, m.get("maxExp").asInt());
      assertEquals(SearchQuery.MIN_PREFIX, m.get("minPrefix").asInt());
      assertEquals(SearchQuery.MAX_TERMS, m.get("maxTerms").asInt());
      assertEquals(1.2, m.get("k1").asDouble(), 1e-6);
      assertEquals(0.75, m.get("b").asDouble(), 1e-6);
      assertEquals(IndexExport.FREE_NORMS, m.get("free").asInt());
      assertEquals(SearchQuery.SYNONYM_WEIGHT, m.get("synWeight").floatValue());
      assertEquals(Suggestions.MIN_LENGTH, m.get("minSuggest").asInt());
      assertEquals(index.analyzer().stopWords(), texts(m.get("stop")));
      assertTrue(texts(m.get("stop")).contains("een"));
      assertEquals(
          "{\"bromfiets\":\"bromfiets\",\"ei\":\"eier\",\"fiets\":\"fiets\",\"kind\":\"kinder\"}",
          m.get("over").toString());
      // each entry its terms with their positions from the entry's first
      assertEquals(
          "[[[[\"ouder\",0]],[[\"intern\",0],[\"begeleider\",1]]],[[[\"docent\",0]],[[\"lerar\",0]]]]",
          m.get("syn").toString());
      // the body's two hundred words are no field of the title: title is in every document
      JsonNode title = m.get("fields").get(SearchField.TITLE.ordinal());
      assertEquals(9, title.get("n").asInt());
      assertEquals(2.0, title.get("avg").asDouble(), 1e-6);
    }
  }

  @Test
  void wordsJsHoldsTheVocabularyAndTheFormsWrittenOtherwise() throws Exception {
    try (SearchIndex index = SearchIndex.build(docs(), "nl", 1)) {
      JsonNode w = shards(index, SynonymGraph.NONE).get("search/words.js");
      assertEquals("w", w.get("type").asText());
      assertEquals("w", w.get("id").asText());
      List<String> vocabulary = Suggestions.vocabulary(index.words());
      assertEquals(String.join(" ", vocabulary), w.get("w").asText());
      assertTrue(vocabulary.contains("stadsbestuur") && vocabulary.contains("ouders"));
      assertEquals(Suggestions.shownForms(vocabulary, index::shown), w.get("d").asText());
      assertTrue(w.get("d").asText().contains(" Gent"), w.get("d").asText());
    }
  }
}
