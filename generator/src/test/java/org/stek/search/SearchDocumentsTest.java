package org.stek.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stek.Stek;
import org.stek.TestSite;
import org.stek.report.Problems;

/**
 * What each kind of card is searched by: its fields filled from the card and site.yaml (labels and
 * countries in the site's language, organisations by their shown name), in the order practices,
 * recommendations, profiles, events.
 */
class SearchDocumentsTest {
  @TempDir Path dir;
  private Map<String, SearchDocument> docs;
  private List<String> order;

  private static final String EVENT =
      """
      ---
      title: "%s"
      %s
      start: 2027-04-14 19:30
      end: 2027-04-14 21:00
      place: %s
      themes: [meertaligheid]
      organisations: [%s]
      ---
      Een avond.
      """;

  @BeforeEach
  void read() {
    TestSite site =
        TestSite.in(dir)
            .file(
                "site.yaml",
                TestSite.SITE_YAML + "organisations:\n  offers: themes\n  seeks: themes\n")
            .practice("cafe", "Onderwijscafé", "onderwijs, pesten", "Ouders praten **samen**.")
            .file(
                "practices/atelier.md",
                TestSite.practiceText(
                    "Taalatelier", "organisation: Stad Gent\npartners: [pilootschool]"))
            .file(
                "recommendations/advies.md",
                """
                ---
                title: "Een advies"
                summary: "Wat een gemeente kan doen."
                themes: [meertaligheid, onderwijs]
                practices: [cafe]
                published: 2025-05-19
                ---
                Doe het samen.
                """)
            .file(
                "organisations/pilootschool.md",
                """
                ---
                name: "Brusselse pilootschool A"
                kind: "Basisschool"
                place: "Brussel"
                description: "Een school die wil leren."
                offers: [meertaligheid]
                seeks: [pesten]
                ---
                Over de school.
                """)
            .file(
                "events/avond.md",
                EVENT.formatted("Avond", "summary: Praten.", "Brugge", "stad-brugge, pilootschool"))
            .file("events/online.md", EVENT.formatted("Online", "", "online", "stad-gent"));
    Problems problems = new Problems();
    Stek.Content c = Stek.read(site.options(), problems);
    assertFalse(problems.hasErrors(), problems.sorted().toString());
    List<SearchDocument> all = SearchDocuments.of(c.kb(), c.bodies());
    order = all.stream().map(SearchDocument::url).toList();
    docs = new java.util.HashMap<>();
    all.forEach(d -> docs.put(d.url(), d));
  }

  @Test
  void practicesThenRecommendationsThenProfilesThenEvents() {
    assertEquals(
        List.of(
            "practices/atelier.html",
            "practices/cafe.html",
            "recommendations/advies.html",
            "organisations/pilootschool.html",
            "events/avond.html",
            "events/online.html"),
        order);
    assertEquals(
        List.of("practice", "practice", "recommendation", "organisation", "event", "event"),
        order.stream().map(u -> docs.get(u).kind()).toList());
  }

  @Test
  void aPracticeIsSearchedByItsLabelsPlaceOrganisationsAndRatings() {
    SearchDocument cafe = docs.get("practices/cafe.html");
    assertEquals("Onderwijscafé", cafe.title());
    assertEquals("Een korte samenvatting van Onderwijscafé.", cafe.summary());
    assertEquals("Stad Brugge", cafe.field(SearchField.ORGANISATION));
    assertEquals("Brugge. België", cafe.field(SearchField.PLACE));
    assertEquals("Onderwijs. Pesten. West-Vlaanderen", cafe.field(SearchField.LABELS));
    assertEquals(List.of("Onderwijs", "Pesten"), cafe.themes());
    assertEquals("Ouders praten samen.", cafe.field(SearchField.BODY).strip());
    assertEquals(
        List.of(
            new SearchDocument.Rating("reach", "Bereik", 2, 4, "Beperkt"),
            new SearchDocument.Rating("recurrence", "Terugkerend", 3, 4, "Regelmatig")),
        cafe.ratings());
    // a partner named by a profile's slug is searched by the profile's name
    SearchDocument atelier = docs.get("practices/atelier.html");
    assertEquals("Stad Gent. Brusselse pilootschool A", atelier.field(SearchField.ORGANISATION));
    assertEquals("België", atelier.field(SearchField.PLACE));
  }

  @Test
  void recommendationsProfilesAndEventsHaveTheirOwnFields() {
    SearchDocument advies = docs.get("recommendations/advies.html");
    // in the taxonomy's order
    assertEquals("Onderwijs. Meertaligheid", advies.field(SearchField.LABELS));
    assertEquals(List.of("Onderwijs", "Meertaligheid"), advies.themes());
    assertEquals("", advies.field(SearchField.PLACE));
    SearchDocument school = docs.get("organisations/pilootschool.html");
    assertEquals("Brusselse pilootschool A", school.title());
    assertEquals("Een school die wil leren.", school.summary());
    assertEquals("Brussel", school.field(SearchField.PLACE));
    assertEquals("Basisschool. Meertaligheid. Pesten", school.field(SearchField.LABELS));
    assertEquals("Over de school.", school.field(SearchField.BODY).strip());
    SearchDocument avond = docs.get("events/avond.html");
    assertEquals("Praten.", avond.summary());
    assertEquals("Stad Brugge. Brusselse pilootschool A", avond.field(SearchField.ORGANISATION));
    assertEquals("Brugge", avond.field(SearchField.PLACE));
    assertEquals("Meertaligheid", avond.field(SearchField.LABELS));
    assertEquals(List.of("Meertaligheid"), avond.themes());
    SearchDocument online = docs.get("events/online.html");
    assertEquals("", online.summary());
    assertEquals("online", online.field(SearchField.PLACE));
    assertEquals("Stad Gent", online.field(SearchField.ORGANISATION));
  }
}
