package org.stek.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.stek.BuildOptions;
import org.stek.TestSite;
import org.stek.cli.Main;
import org.stek.report.Problems;

/** {@code stek search --json} prints Lucene's ranking of the sample content. */
class SearchCommandTest {
  @Test
  void jsonListsUrlTitleAndScoreInLuceneOrder() throws Exception {
    String content = TestSite.REPO.resolve("content").toString();
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    int code;
    try {
      System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
      code =
          Main.run(
              "search", "--json", "--limit", "3", "--content", content, "onderwijscafe", "brugge");
    } finally {
      System.setOut(old);
    }
    assertEquals(0, code);
    JsonNode hits = new ObjectMapper().readTree(buf.toString(StandardCharsets.UTF_8));
    assertTrue(hits.size() > 0 && hits.size() <= 3, hits.toString());
    assertEquals("practices/onderwijscafe-in-brugge.html", hits.get(0).get("url").asText());
    assertTrue(hits.get(0).get("title").asText().startsWith("Onderwijscafé"));
    BuildOptions o =
        new BuildOptions(TestSite.REPO.resolve("content"), null, null, false, LocalDate.now());
    try (SearchIndex index = TestSite.searchIndex(o, new Problems())) {
      var want = new LuceneSearch(index).search("onderwijscafe brugge", false, 3);
      for (int i = 0; i < want.size(); i++) {
        assertEquals(want.get(i).url(), hits.get(i).get("url").asText());
        assertEquals(want.get(i).score(), hits.get(i).get("score").floatValue(), 1e-6);
        if (i > 0)
          assertTrue(
              hits.get(i - 1).get("score").asDouble() >= hits.get(i).get("score").asDouble());
      }
    }
  }
}
