package org.stek.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stek.BuildResult;
import org.stek.TestSite;

/** Every organisation and municipality a card names gets a page of its practices, and an index. */
class NamePagesTest {
  @TempDir static Path dir;
  static TestSite site;

  static String card(String title, String org, String municipality, String extra) {
    return TestSite.practiceText(
        title,
        "organisation: \"%s\"\n%s\n%s"
            .formatted(org, municipality == null ? "" : "municipality: " + municipality, extra));
  }

  @BeforeAll
  static void build() {
    site =
        TestSite.in(dir)
            .file("practices/a.md", card("Eerste", "Stad Gent", "Gent", "partners: [CLB Gent]"))
            .file("practices/b.md", card("Tweede", "Stad Gent", "Gent", ""))
            .file("practices/c.md", card("Derde", "CLB Gent", "Brugge", ""))
            .file("practices/d.md", card("Vierde", "Klasse", null, ""));
    BuildResult r = site.build();
    assertFalse(r.hasErrors(), r.problems().toString());
  }

  @Test
  void organisationIndexCountsPracticesAsOwnerOrPartner() {
    Document index = site.page("organisations/index.html");
    assertEquals("Organisaties", index.selectFirst("h1").text());
    assertEquals(
        List.of("CLB Gent 2 voorbeelden", "Klasse 1 voorbeeld", "Stad Gent 2 voorbeelden"),
        index.select(".term-grid li a").eachText());
    Document clb = site.page("organisations/clb-gent.html");
    assertEquals("CLB Gent", clb.selectFirst("h1").text());
    assertEquals(
        List.of("Derde", "Eerste"),
        clb.select(".teasers .teaser-title").eachText().stream().sorted().toList());
  }

  @Test
  void municipalityIndexAndPagesOnlyForCardsThatNameOne() {
    Document index = site.page("municipalities/index.html");
    assertEquals(
        List.of("Brugge 1 voorbeeld", "Gent 2 voorbeelden"),
        index.select(".term-grid li a").eachText());
    assertTrue(Files.exists(site.out().resolve("municipalities/gent.html")));
    assertEquals(2, site.page("municipalities/gent.html").select(".teasers .teaser").size());
  }

  @Test
  void eachPracticeLinksItsOrganisationPartnersAndMunicipality() {
    Document a = site.page("practices/a.html");
    assertEquals(
        "../organisations/stad-gent.html",
        a.selectFirst(".facts a:contains(Stad Gent)").attr("href"));
    assertEquals(
        "../organisations/clb-gent.html",
        a.selectFirst(".facts a:contains(CLB Gent)").attr("href"));
    assertEquals(
        "../municipalities/gent.html",
        a.selectFirst(".facts dd a[href*=municipalities]").attr("href"));
    assertTrue(site.page("practices/d.html").select(".facts a[href*=municipalities]").isEmpty());
  }

  @Test
  void theIndexesAreLinkedFromHomeAndThePracticesList() {
    Document home = site.page("index.html");
    assertEquals("3", home.selectFirst(".stats a[href=organisations/index.html]").text());
    assertEquals("2", home.selectFirst(".stats a[href=municipalities/index.html]").text());
    Document practices = site.page("practices/index.html");
    assertFalse(practices.select("main a[href=../organisations/index.html]").isEmpty());
    assertFalse(practices.select("main a[href=../municipalities/index.html]").isEmpty());
  }
}
