package org.stek.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stek.BuildOptions;
import org.stek.TestSite;
import org.stek.report.Problems;

/**
 * What a Dutch-speaking reader means: compound words found by their parts, Flemish and Dutch words
 * for the same thing, typos corrected. On the sample site, each query of the issue finds what it
 * found nothing (or too little) of before: {@code ongelijkheid}, {@code coördinator}, {@code
 * docenten} and {@code ouderbetrokkenhied}.
 */
class DutchSearchTest {
  @TempDir Path tmp;

  /** The sample cards whose file says {@code text} (any case, accents or not), by URL. */
  private static Set<String> cardsSaying(String text) throws Exception {
    Set<String> out = new TreeSet<>();
    for (String kind : List.of("practices", "recommendations", "organisations", "events")) {
      try (Stream<Path> s = Files.list(TestSite.REPO.resolve("content").resolve(kind))) {
        for (Path p : s.filter(f -> f.toString().endsWith(".md")).toList()) {
          if (Folding.fold(Files.readString(p).toLowerCase()).contains(Folding.fold(text)))
            out.add(kind + "/" + p.getFileName().toString().replace(".md", ".html"));
        }
      }
    }
    return out;
  }

  private static Set<String> urls(List<SearchHit> hits) {
    Set<String> out = new TreeSet<>();
    hits.forEach(h -> out.add(h.url()));
    return out;
  }

  @Test
  void theIssuesFourQueriesFindWhatTheyMissed() throws Exception {
    BuildOptions o = TestSite.sample(null);
    try (SearchIndex index = TestSite.searchIndex(o, new Problems())) {
      LuceneSearch search = new LuceneSearch(index, TestSite.synonyms(o));
      // Compounds: only the parts field of kansenongelijkheid and zorgcoördinator(en) has these.
      Set<String> inequality = cardsSaying("kansenongelijkheid");
      assertEquals(8, inequality.size(), inequality.toString());
      assertTrue(urls(search.search("ongelijkheid", false, 50)).containsAll(inequality));
      Set<String> coordinators = cardsSaying("zorgcoördinator");
      assertEquals(5, coordinators.size(), coordinators.toString());
      assertTrue(urls(search.search("coördinator", false, 50)).containsAll(coordinators));
      // Synonyms: docent finds the cards that say leerkracht too.
      Set<String> teachers = cardsSaying("leerkracht");
      teachers.addAll(cardsSaying("docent"));
      assertTrue(teachers.size() >= 16, teachers.toString());
      assertEquals(teachers, urls(search.search("docenten", false, 50)));
      // Typos: a suggestion, and what it finds.
      assertEquals(List.of(), search.search("ouderbetrokkenhied", false, 50));
      assertEquals("ouderbetrokkenheid", search.suggest("ouderbetrokkenhied"));
      assertEquals(
          cardsSaying("ouderbetrokkenheid"), urls(search.search("ouderbetrokkenheid", false, 50)));
      assertNull(search.suggest("ouderbetrokkenheid"), "a word the index has needs no correction");
    }
  }

  private static final String BODY_WITH = "Het team bespreekt elke week de %s van de school.";

  @Test
  void aWholeWordRanksAboveAPartAndLinkingSoundsAreSplitOff() throws Exception {
    TestSite site =
        TestSite.in(tmp)
            .practice("heel", "Overleg", "onderwijs", BODY_WITH.formatted("bestuur"))
            .practice("deel", "Overleg", "onderwijs", BODY_WITH.formatted("stadsbestuur"))
            .practice("ander", "Overleg", "onderwijs", BODY_WITH.formatted("gemeente"));
    try (SearchIndex index = TestSite.searchIndex(site.options(), new Problems())) {
      List<SearchHit> hits = new LuceneSearch(index).search("bestuur", false, 10);
      assertEquals(List.of("practices/heel.html", "practices/deel.html"), urlList(hits));
      assertTrue(hits.get(0).score() > hits.get(1).score());
      assertEquals(
          "practices/deel.html",
          new LuceneSearch(index).search("stad", false, 10).get(0).url(),
          "stad-s-bestuur: the linking s is no part of either word (all say Stad Brugge)");
      assertEquals(
          List.of(),
          new LuceneSearch(index).search("\"stad bestuur\"", false, 10),
          "the parts are not a phrase");
    }
  }

  @Test
  void suggestionsShowTheWordAsTheCardsWriteIt() throws Exception {
    TestSite site =
        TestSite.in(tmp)
            .practice("a", "Overleg", "onderwijs", "De coördinator helpt. Coördinator en team.")
            .practice(
                "b",
                "Samen",
                "onderwijs",
                "Leerkrachten in Brussel. Leerkrachten ook. De leerkrachten daar.")
            .practice("c", "Zorg", "onderwijs", "De zorgcoördinatoren overleggen in Brussel.");
    try (SearchIndex index = TestSite.searchIndex(site.options(), new Problems())) {
      LuceneSearch search = new LuceneSearch(index);
      assertEquals("coördinator", search.suggest("coordinatr"), "accents as written, most often");
      assertEquals("Brussel", search.suggest("brusel"), "never written without its capital");
      assertEquals(
          "leerkrachten", search.suggest("leerkrahten"), "a capital at a sentence's start is not");
      assertEquals("coördinatoren", search.suggest("cordinatoren"), "a part as in its compound");
      assertEquals("de Brussel", search.suggest("de brusel"), "the rest as typed");
      assertEquals(
          urlList(search.search("coordinator", false, 10)),
          urlList(search.search(search.suggest("coordinatr"), false, 10)),
          "the suggestion finds what the folded word finds");
      assertEquals(2, search.search("coördinator", false, 10).size());
    }
  }

  private static List<String> urlList(List<SearchHit> hits) {
    return hits.stream().map(SearchHit::url).toList();
  }

  @Test
  void synonymsFromSiteYamlRankExactFirstAndPhrasesAsPhrases() throws Exception {
    TestSite site =
        withSynonyms("[leerkracht, leraar, docent]", "[zorgcoördinator, intern begeleider]")
            .practice("docent", "Overleg", "onderwijs", BODY_WITH.formatted("docent"))
            .practice("leraar", "Overleg", "onderwijs", BODY_WITH.formatted("leraar"))
            .practice("ib", "Zorg", "onderwijs", "De intern begeleider helpt.")
            .practice("los", "Zorg", "onderwijs", "Intern overleg met een begeleider.")
            .practice("zc", "Zorg", "onderwijs", "De zorgcoördinator helpt.");
    try (SearchIndex index = TestSite.searchIndex(site.options(), new Problems())) {
      LuceneSearch search = new LuceneSearch(index, TestSite.synonyms(site.options()));
      List<SearchHit> hits = search.search("docent", false, 10);
      assertEquals(List.of("practices/docent.html", "practices/leraar.html"), urlList(hits));
      assertEquals(hits.get(0).score() * SearchQuery.SYNONYM_WEIGHT, hits.get(1).score(), 1e-6);
      assertEquals(
          List.of("practices/zc.html", "practices/ib.html"),
          urlList(search.search("zorgcoördinator", false, 10)),
          "intern begeleider as a phrase: not the card with the words apart");
      assertEquals("practices/ib.html", search.search("intern begeleider", false, 10).get(0).url());
      assertTrue(
          urlList(search.search("intern begeleider", false, 10)).contains("practices/zc.html"));
      assertEquals(
          List.of("practices/docent.html"),
          urlList(search.search("\"docent\"", false, 10)),
          "quoted words are taken as typed");
    }
  }

  /** A test site whose site.yaml declares these synonym groups, one a line. */
  private TestSite withSynonyms(String... groups) {
    StringBuilder yaml = new StringBuilder(TestSite.SITE_YAML).append("search:\n  synonyms:\n");
    for (String g : groups) yaml.append("    - ").append(g).append('\n');
    return TestSite.in(tmp).file("site.yaml", yaml.toString());
  }

  @Test
  void checkReportsSmallGroupsAndEntriesThatAnalyseToNothing() {
    TestSite site =
        withSynonyms("[leerkracht]", "[school, de, \"!!\"]")
            .practice("a", "Overleg", "onderwijs", "Tekst.");
    var problems = site.check().problems();
    List<String> found =
        problems.stream().map(p -> p.line() + ":" + p.column() + " " + p.message()).toList();
    int first = TestSite.SITE_YAML.split("\n").length + 3;
    assertTrue(
        found.contains(first + ":7 a synonym group needs at least two entries, found 1"),
        found.toString());
    assertTrue(
        found.contains((first + 1) + ":16 the synonym 'de' is only stop words or punctuation"),
        found.toString());
    assertTrue(
        found.contains((first + 1) + ":20 the synonym '!!' is only stop words or punctuation"),
        found.toString());
  }
}
