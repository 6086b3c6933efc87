package org.stek.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stek.TestSite;

/**
 * Event cards are checked like the others: every problem of every event in one run, each at its
 * line and column with a hint, and the same site.yaml's time zone.
 */
class EventValidationTest {
  @TempDir Path dir;

  /** A site with one practice (by Stad Brugge) and the given events. */
  private TestSite site(String... events) {
    TestSite site =
        TestSite.in(dir).practice("cafe", "Onderwijscafé", "onderwijs", "Een praktijk.");
    for (int i = 0; i < events.length; i += 2) site.file("events/" + events[i], events[i + 1]);
    return site;
  }

  @Test
  void aValidEventHasNoProblems() {
    TestSite site =
        site(
            "avond.md",
            """
            ---
            title: "Een avond"
            start: 2027-04-14 19:30
            end: 2027-04-14 21:00
            place: Brugge
            registration: https://example.org/inschrijven
            themes: [onderwijs]
            practices: [cafe]
            organisations: [stad-brugge]
            ---
            Tekst.
            """);
    assertEquals(List.of(), CardValidationTest.lines(site.check().problems()));
    Event e = events(site).get(0);
    assertEquals("avond", e.slug());
    assertEquals(java.time.LocalDateTime.of(2027, 4, 14, 19, 30), e.start());
    assertEquals(java.time.LocalDateTime.of(2027, 4, 14, 21, 0), e.end());
    assertEquals(false, e.allDay());
    assertEquals("Brugge", e.place());
    assertEquals(false, e.online());
    assertEquals(List.of("onderwijs"), e.themes());
    assertEquals(List.of("cafe"), e.practices());
    assertEquals(List.of("stad-brugge"), e.organisations());
    assertEquals("https://example.org/inschrijven", e.registration());
  }

  @Test
  void anOnlineEventOfWholeDaysInItsOwnTimeZone() {
    TestSite site =
        site(
            "dagen.md",
            """
            ---
            title: "Twee dagen"
            start: 2027-04-14
            end: 2027-04-15
            time_zone: America/Curacao
            place: " Online "
            ---
            """);
    Event e = events(site).get(0);
    assertEquals(true, e.allDay());
    assertEquals(true, e.online());
    assertEquals(null, e.place(), "online is no place");
    assertEquals(java.time.ZoneId.of("America/Curacao"), e.zone());
    assertEquals(List.of(), e.themes());
  }

  /** The events as a build reads them (none when the content has errors). */
  private static List<Event> events(TestSite site) {
    org.stek.report.Problems problems = new org.stek.report.Problems();
    org.stek.Stek.Content c = org.stek.Stek.read(site.options(), problems);
    assertEquals(List.of(), problems.sorted());
    return c.kb().events();
  }

  @Test
  void everyProblemOfEveryEventAtItsPositionInOneRun() {
    TestSite site =
        site(
            "omgekeerd.md",
            """
            ---
            title: "Eindigt voor het begint"
            start: 2027-04-14 19:30
            end: 2027-04-14 18:00
            place: Brugge
            ---
            """,
            "zone.md",
            """
            ---
            title: "Een onbekende zone"
            start: 2027-04-14
            end: 2027-04-15
            time_zone: Europe/Brusels
            place: online
            registration: www.example.org
            ---
            """,
            "verwijzingen.md",
            """
            ---
            title: "Verwijzingen"
            start: 2027-04-14
            end: 2027-04-14
            place: Gent
            themes: [onderwys]
            practices: [caf]
            organisations: [stad-bruge]
            ---
            """);
    Path events = site.content().resolve("events");
    assertEquals(
        List.of(
            events.resolve("omgekeerd.md")
                + ":4:6: error: the event ends (2027-04-14 18:00) before it starts"
                + " (2027-04-14 19:30) (check the dates and times; an event of one day ends on"
                + " the day it starts)",
            events.resolve("verwijzingen.md")
                + ":6:10: error: unknown theme 'onderwys' (did you mean 'onderwijs'?)",
            events.resolve("verwijzingen.md")
                + ":7:13: error: no practice 'caf' exists (did you mean 'cafe'?)",
            events.resolve("verwijzingen.md")
                + ":8:17: error: no organisation 'stad-bruge' exists"
                + " (did you mean 'stad-brugge'?)",
            events.resolve("zone.md")
                + ":5:12: error: unknown time zone 'Europe/Brusels'"
                + " (did you mean 'Europe/Brussels'?)",
            events.resolve("zone.md")
                + ":7:15: error: 'www.example.org' is not a web address"
                + " (write the full address, starting with https://)"),
        CardValidationTest.lines(site.check().problems()));
  }

  @Test
  void startAndEndAreBothDaysOrBothTimesAndRealDates() {
    TestSite site =
        site(
            "half.md",
            """
            ---
            title: "Half"
            start: 2027-04-14
            end: 2027-04-14 21:00
            place: Brugge
            ---
            """,
            "onecht.md",
            """
            ---
            title: "Onecht"
            start: 2027-02-30
            end: volgende week
            place: Brugge
            ---
            """);
    Path events = site.content().resolve("events");
    assertEquals(
        List.of(
            events.resolve("half.md")
                + ":4:6: error: 'start' and 'end' must both be dates, or both dates with a time"
                + " (e.g. start: 2027-04-14 19:30 and end: 2027-04-14 21:30)",
            events.resolve("onecht.md")
                + ":3:8: error: 'start' is not a real date and time: 2027-02-30"
                + " (check the day, the month and the hour)",
            events.resolve("onecht.md")
                + ":4:6: error: 'end' must be a date or a date and time, found 'volgende week'"
                + " (e.g. 2027-04-14 for the whole day, or 2027-04-14 19:30)"),
        CardValidationTest.lines(site.check().problems()));
  }

  @Test
  void siteYamlNamesAKnownTimeZone() {
    TestSite site = site().file("site.yaml", TestSite.SITE_YAML + "time_zone: Europe/Amsterdm\n");
    assertEquals(
        List.of(
            site.content().resolve("site.yaml")
                + ":"
                + (TestSite.SITE_YAML.split("\n").length + 1)
                + ":12: error: unknown time zone 'Europe/Amsterdm'"
                + " (did you mean 'Europe/Amsterdam'?)"),
        CardValidationTest.lines(site.check().problems()));
  }
}
