package org.stek.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The index the browser reads back: the shards under search/ decode to Lucene's own postings, field
 * statistics and documents, for a small site written here.
 */
class IndexExportTest {
  static SearchDocument doc(String url, String kind, String title, String body) {
    return new SearchDocument(
        url,
        kind,
        Map.of(SearchField.TITLE, title, SearchField.SUMMARY, "Een samenvatting van " + title),
        () -> body,
        List.of(new SearchDocument.Rating("reach", "Bereik", 2, 4, "Beperkt")),
        List.of("Onderwijs"));
  }

  static final List<SearchDocument> DOCS =
      List.of(
          doc("practices/a.html", "practice", "Leescafé", "Ouders lezen voor. Ouders lezen samen."),
          doc("practices/b.html", "practice", "Huiswerkklas", "Kinderen maken huiswerk op school."),
          doc("recommendations/r.html", "recommendation", "Lees", "woord ".repeat(100)));

  /** Each written shard's object, by file name. */
  private static Map<String, JsonNode> export(SearchIndex index) throws Exception {
    Map<String, JsonNode> out = new TreeMap<>();
    ObjectMapper json = new ObjectMapper();
    long bytes = 0;
    Map<String, byte[]> files = new TreeMap<>();
    long total = IndexExport.write(index, (url, b) -> files.put(url, b));
    for (var e : files.entrySet()) {
      String s = new String(e.getValue(), StandardCharsets.UTF_8);
      assertEquals(true, s.startsWith("stek.addShard({") && s.endsWith("});\n"), s);
      out.put(e.getKey(), json.readTree(s.substring("stek.addShard(".length(), s.length() - 3)));
      bytes += e.getValue().length;
    }
    assertEquals(bytes, total);
    return out;
  }

  /** Reads the base-64 VLQ numbers of a postings text. */
  static List<Integer> vlq(String s) {
    List<Integer> out = new ArrayList<>();
    int n = 0;
    int shift = 0;
    for (char c : s.toCharArray()) {
      int d = Vlq.DIGITS.indexOf(c);
      n |= (d & 31) << shift;
      shift += 5;
      if (d < 32) {
        out.add(n);
        n = 0;
        shift = 0;
      }
    }
    return out;
  }

  @Test
  void termShardsDecodeToLucenesPostings() throws Exception {
    try (SearchIndex index = SearchIndex.build(DOCS, "nl", 1)) {
      Map<String, JsonNode> shards = export(index);
      JsonNode manifest = shards.get("search/manifest.js");
      assertEquals(3, manifest.get("docs").asInt());
      List<String> firsts = new ArrayList<>();
      manifest.get("first").forEach(f -> firsts.add(f.asText()));
      Map<String, String> postings = new TreeMap<>();
      for (int i = 0; i < firsts.size(); i++) {
        JsonNode t = shards.get("search/t-" + i + ".js").get("t");
        assertEquals(firsts.get(i), t.fieldNames().next());
        for (Iterator<String> it = t.fieldNames(); it.hasNext(); ) {
          String term = it.next();
          postings.put(term, t.get(term).asText());
        }
      }
      List<TermPostings> lucene = LuceneScores.postings(index);
      assertEquals(
          lucene.stream().map(TermPostings::term).toList(), List.copyOf(postings.keySet()));
      for (TermPostings p : lucene) {
        List<Integer> want = new ArrayList<>();
        int prev = 0;
        for (int r = 0; r < p.positions().length; r++) {
          int[] row = p.positions()[r];
          want.addAll(List.of(row[0] - prev, (row.length - 3) * 8 + row[1], p.norms()[r]));
          prev = row[0];
        }
        assertEquals(want, vlq(postings.get(p.term())), p.term());
      }
      // "ouder" twice in a's body: doc 0, field body (5), frequency 2
      assertEquals(List.of(0, 8 + 5), vlq(postings.get("ouder")).subList(0, 2));
      JsonNode fields = manifest.get("fields");
      for (SearchField f : SearchField.values()) {
        JsonNode m = fields.get(f.ordinal());
        IndexPostings.FieldStats st = IndexPostings.fieldStats(index, f);
        assertEquals(f.name, m.get("name").asText());
        assertEquals(f.boost, m.get("boost").floatValue());
        assertEquals(st == null ? 0 : st.docCount(), m.get("n").asLong(), f.name);
        assertEquals(st == null ? 0f : st.avgLength(), m.get("avg").floatValue(), f.name);
      }
    }
  }

  @Test
  void documentShardsHoldWhatAResultShows() throws Exception {
    try (SearchIndex index = SearchIndex.build(DOCS, "nl", 1)) {
      Map<String, JsonNode> shards = export(index);
      JsonNode d = shards.get("search/d-0.js").get("d");
      assertEquals(3, d.size());
      assertEquals("practices/a.html", d.get(0).get("u").asText());
      assertEquals(null, d.get(0).get("k"), "a practice is not named");
      assertEquals("recommendation", d.get(2).get("k").asText());
      assertEquals("Leescafé", d.get(0).get("t").asText());
      assertEquals("Een samenvatting van Leescafé", d.get(0).get("s").asText());
      assertEquals("[[\"Bereik\",2,4]]", d.get(0).get("r").toString());
      assertEquals("[\"Onderwijs\"]", d.get(0).get("th").toString());
      assertEquals("Ouders lezen voor. Ouders lezen samen.", d.get(0).get("x").asText());
      // the excerpt is cut at a word before 360 characters
      assertEquals(("woord ".repeat(60)).strip(), d.get(2).get("x").asText());
    }
  }

  @Test
  void spacesCollapseAsARegularExpressionWould() {
    String text = " a\t\tb\n\n c\u000B\fd\r\ne  ";
    assertEquals(text.replaceAll("\\s+", " "), IndexExport.collapseSpaces(text));
  }
}
