package org.stek.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stek.BuildOptions;
import org.stek.BuildResult;
import org.stek.Stek;
import org.stek.TestSite;

/**
 * Event pages, and where upcoming events show: the events index (upcoming soonest first, past apart
 * and marked), the home page, a theme's page, a related practice's and organisation's page. The
 * same content built on two dates: an event moves from upcoming to past.
 */
class EventPagesTest {
  @TempDir static Path dir;
  static TestSite site;

  /** A day after "avond", before "dagen": the same content, a later build date. */
  static final LocalDate LATER = LocalDate.of(2026, 12, 15);

  static Path later;

  @BeforeAll
  static void build() throws Exception {
    site =
        TestSite.in(dir)
            .practice("cafe", "Onderwijscafé", "onderwijs", "Een praktijk.")
            .practice("pest", "Pestvrij", "pesten", "Een andere praktijk.")
            .file(
                "events/avond.md",
                event(
                    "Een avond",
                    "2026-12-10 19:30",
                    "2026-12-10 21:00",
                    "onderwijs",
                    "cafe",
                    "stad-brugge"))
            .file(
                "events/dagen.md",
                event("Twee dagen", "2027-01-05", "2027-01-06", "pesten", "pest", ""))
            .file(
                "events/oud.md",
                event(
                    "Al voorbij", "2026-11-01", "2026-11-01", "onderwijs", "cafe", "stad-brugge"));
    BuildResult r = site.build();
    assertFalse(r.hasErrors(), r.problems().toString());
    later = dir.resolve("later");
    BuildOptions o = site.options();
    assertFalse(
        Stek.build(new BuildOptions(o.content(), o.theme(), later, false, LATER)).hasErrors());
  }

  static String event(
      String title, String start, String end, String theme, String practice, String org) {
    return """
        ---
        title: "%s"
        summary: "Over %s."
        start: %s
        end: %s
        place: Brugge
        registration: https://example.org/%s
        themes: [%s]
        practices: [%s]
        organisations: [%s]
        ---
        Het programma.
        """
        .formatted(title, title, start, end, practice, theme, practice, org);
  }

  static List<String> titles(Document d, String css) {
    return d.select(css + " .event-title a").eachText();
  }

  static Document at(Path out, String url) throws Exception {
    Path p = out.resolve(url);
    return Jsoup.parse(p.toFile(), "UTF-8", p.toUri().toString());
  }

  @Test
  void theIndexListsUpcomingSoonestFirstAndPastApartMarked() {
    Document d = site.page("events/index.html");
    assertEquals(List.of("Een avond", "Twee dagen"), titles(d, "section:not(.events-past)"));
    assertEquals(List.of("Al voorbij"), titles(d, ".events-past"));
    assertEquals("Voorbij", d.selectFirst(".events-past .event-item.past .badge").text());
    assertEquals(
        "calendar.ics", d.selectFirst("a[href$=calendar.ics]").attr("href").replaceAll(".*/", ""));
    assertTrue(d.selectFirst("a[href$=feed.xml]") != null, "the Atom feed is linked");
    // Relative links that resolve to files of the site (works from file:// and in the zip).
    for (String href : d.select(".event-feeds a, .event-title a").eachAttr("abs:href")) {
      assertTrue(href.startsWith("file:"), href);
      assertTrue(java.nio.file.Files.isRegularFile(Path.of(java.net.URI.create(href))), href);
    }
    assertEquals(
        "Agenda", site.page("index.html").select(".site-nav a[href$=events/index.html]").text());
  }

  @Test
  void aLaterBuildDateMovesAnEventFromUpcomingToPast() throws Exception {
    Document d = at(later, "events/index.html");
    assertEquals(List.of("Twee dagen"), titles(d, "section:not(.events-past)"));
    assertEquals(List.of("Een avond", "Al voorbij"), titles(d, ".events-past"));
    assertTrue(at(later, "events/avond.html").selectFirst(".event-past-note") != null);
    assertTrue(site.page("events/avond.html").selectFirst(".event-past-note") == null);
  }

  @Test
  void upcomingEventsShowOnHomeThemePracticeAndOrganisationPagesPastOnesDoNot() throws Exception {
    assertEquals(List.of("Een avond", "Twee dagen"), titles(site.page("index.html"), "main"));
    assertEquals(List.of("Een avond"), titles(site.page("themes/onderwijs.html"), "main"));
    assertEquals(List.of("Twee dagen"), titles(site.page("themes/pesten.html"), "main"));
    assertEquals(List.of("Een avond"), titles(site.page("practices/cafe.html"), "main"));
    assertEquals(List.of("Twee dagen"), titles(site.page("practices/pest.html"), "main"));
    assertEquals(List.of("Een avond"), titles(site.page("organisations/stad-brugge.html"), "main"));
    // Built later, "Een avond" is past: gone from them all.
    assertEquals(List.of("Twee dagen"), titles(at(later, "index.html"), "main"));
    assertEquals(List.of(), titles(at(later, "themes/onderwijs.html"), "main"));
    assertEquals(List.of(), titles(at(later, "practices/cafe.html"), "main"));
    assertEquals(List.of(), titles(at(later, "organisations/stad-brugge.html"), "main"));
  }

  @Test
  void anEventPageSaysWhenAndWhereAndOffersItsCalendarFile() {
    Document d = site.page("events/avond.html");
    assertEquals("Een avond", d.selectFirst("h1").text());
    assertEquals("2026-12-10T19:30+01:00", d.selectFirst(".facts time").attr("datetime"));
    assertEquals("donderdag 10 december 2026, 19:30–21:00", d.selectFirst(".facts time").text());
    var ics = d.selectFirst("a:contains(Zet in je agenda)");
    Path file = Path.of(java.net.URI.create(ics.attr("abs:href")));
    assertEquals(site.out().resolve("events/avond.ics"), file);
    assertTrue(java.nio.file.Files.isRegularFile(file));
    assertEquals(
        "https://example.org/cafe", d.selectFirst("a:contains(Schrijf je in)").attr("href"));
    assertEquals(List.of("Onderwijscafé"), d.select(".practice-body .plain-list a").eachText());
    assertEquals(List.of("Stad Brugge"), d.select(".facts .plain-list a").eachText());
  }

  @Test
  void aSiteWithoutEventsHasNoAgenda() {
    // NoSectionsOutputTest holds the bytes of such a site; here the plain facts.
    TestSite plain = TestSite.in(dir.resolve("plain")).practice("cafe", "Café", "onderwijs", "x");
    assertFalse(plain.build().hasErrors());
    assertFalse(java.nio.file.Files.exists(plain.out().resolve("events")));
    assertTrue(plain.page("index.html").select("a[href*=events/]").isEmpty());
  }
}
