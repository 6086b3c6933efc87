package org.stek.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stek.BuildResult;
import org.stek.TestSite;

/**
 * The events' calendar files, parsed back with ical4j: the instants a calendar program will show,
 * the all-day case with its exclusive end, the time zone the file itself carries, escaped and
 * folded text.
 */
class EventCalendarTest {
  @TempDir static Path dir;
  static TestSite site;

  /** Commas, a semicolon, a backslash, a line break and accents: everything TEXT escapes. */
  static final String SUMMARY =
      "Leerkrachten, directies; en ouders \\ samen aan tafel in één zaal waar de koffie klaarstaat"
          + " en het gesprek over kansengelijkheid begint.";

  @BeforeAll
  static void build() {
    site =
        TestSite.in(dir)
            .file("site.yaml", TestSite.SITE_YAML + "time_zone: Europe/Brussels\n")
            .practice("cafe", "Onderwijscafé", "onderwijs", "Een praktijk.")
            .file(
                "events/zomer.md",
                """
                ---
                title: "Zomeravond, met koffie; en taart"
                summary: "%s"
                start: 2027-06-15 14:00
                end: 2027-06-15 16:30
                place: "Brugge, Stadhuis"
                registration: https://example.org/zomer
                ---
                """
                    .formatted(SUMMARY.replace("\\", "\\\\")))
            .file(
                "events/winter.md",
                """
                ---
                title: "Winteravond"
                start: 2026-12-10 19:30
                end: 2026-12-10 21:00
                place: online
                ---
                """)
            .file(
                "events/dagen.md",
                """
                ---
                title: "Twee studiedagen"
                start: 2027-01-05
                end: 2027-01-06
                place: Gent
                ---
                """)
            .file(
                "events/new-york.md",
                """
                ---
                title: "Webinar vanuit New York"
                start: 2027-03-01 09:00
                end: 2027-03-01 10:00
                time_zone: America/New_York
                place: online
                ---
                """)
            .file(
                "events/voorbij.md",
                """
                ---
                title: "Voorbij"
                start: 2026-10-01
                end: 2026-10-01
                place: Gent
                ---
                """);
    BuildResult r = site.build();
    assertFalse(r.hasErrors(), r.problems().toString());
  }

  static Calendar parse(String url) throws IOException, ParserException {
    try (InputStream in = Files.newInputStream(site.out().resolve(url))) {
      return new CalendarBuilder().build(in);
    }
  }

  static VEvent only(Calendar c) {
    List<VEvent> events = c.getComponents(Component.VEVENT);
    assertEquals(1, events.size());
    return events.get(0);
  }

  static Instant instant(Temporal t) {
    return ZonedDateTime.from(t).toInstant();
  }

  @Test
  void aSummerAfternoonInBrusselsIsTwoHoursAheadOfUtc() throws Exception {
    Calendar c = parse("events/zomer.ics");
    VEvent e = only(c);
    assertEquals(Instant.parse("2027-06-15T12:00:00Z"), instant(e.getDateTimeStart().getDate()));
    assertEquals(Instant.parse("2027-06-15T14:30:00Z"), instant(e.getDateTimeEnd().getDate()));
    assertEquals(
        "Europe/Brussels", e.getDateTimeStart().getParameter("TZID").orElseThrow().getValue());
    // The file carries its zone: its own VTIMEZONE says +02:00 in June and +01:00 in January.
    VTimeZone tz = c.<VTimeZone>getComponent(Component.VTIMEZONE).orElseThrow();
    assertEquals("Europe/Brussels", tz.getTimeZoneId().getValue());
    assertEquals(
        ZoneOffset.ofHours(2),
        tz.getApplicableObservance(ZonedDateTime.of(2027, 6, 15, 12, 0, 0, 0, ZoneOffset.UTC))
            .getTimeZoneOffsetTo()
            .getOffset());
    assertEquals(
        ZoneOffset.ofHours(1),
        tz.getApplicableObservance(ZonedDateTime.of(2027, 1, 15, 12, 0, 0, 0, ZoneOffset.UTC))
            .getTimeZoneOffsetTo()
            .getOffset());
    assertEquals("Zomeravond, met koffie; en taart", e.getSummary().getValue());
    assertEquals("Brugge, Stadhuis", e.getLocation().getValue());
    assertEquals(SUMMARY + "\n\nhttps://example.org/zomer", e.getDescription().getValue());
    assertEquals("https://test.example.org/events/zomer.html", e.getUrl().getValue());
    assertEquals("event-zomer@test.example.org", e.getUid().orElseThrow().getValue());
    assertEquals(Instant.parse("2026-11-25T00:00:00Z"), e.getDateStamp().orElseThrow().getDate());
  }

  @Test
  void aWinterEveningIsOneHourAhead() throws Exception {
    VEvent e = only(parse("events/winter.ics"));
    assertEquals(Instant.parse("2026-12-10T18:30:00Z"), instant(e.getDateTimeStart().getDate()));
    assertEquals(Instant.parse("2026-12-10T20:00:00Z"), instant(e.getDateTimeEnd().getDate()));
    assertEquals("Online", e.getLocation().getValue());
  }

  @Test
  void anEventMayHaveAZoneOfItsOwn() throws Exception {
    Calendar c = parse("events/new-york.ics");
    VEvent e = only(c);
    assertEquals(Instant.parse("2027-03-01T14:00:00Z"), instant(e.getDateTimeStart().getDate()));
    assertEquals(
        "America/New_York",
        c.<VTimeZone>getComponent(Component.VTIMEZONE).orElseThrow().getTimeZoneId().getValue());
    // The calendar of all carries both zones.
    assertEquals(
        List.of("America/New_York", "Europe/Brussels"),
        parse("events/calendar.ics").<VTimeZone>getComponents(Component.VTIMEZONE).stream()
            .map(z -> z.getTimeZoneId().getValue())
            .toList());
  }

  @Test
  void allDayEventsAreDatesWithAnExclusiveEnd() throws Exception {
    VEvent e = only(parse("events/dagen.ics"));
    assertEquals(LocalDate.of(2027, 1, 5), e.getDateTimeStart().getDate());
    assertEquals(LocalDate.of(2027, 1, 7), e.getDateTimeEnd().getDate());
  }

  @Test
  void theCalendarOfAllHoldsTheUpcomingEventsSoonestFirst() throws Exception {
    List<VEvent> events = parse("events/calendar.ics").getComponents(Component.VEVENT);
    assertEquals(
        List.of(
            "Winteravond",
            "Twee studiedagen",
            "Webinar vanuit New York",
            "Zomeravond, met koffie; en taart"),
        events.stream().map(e -> e.getSummary().getValue()).toList());
  }

  @Test
  void linesAreCrlfAndFoldedAt75Octets() throws IOException {
    byte[] bytes = Files.readAllBytes(site.out().resolve("events/zomer.ics"));
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertTrue(text.endsWith("END:VCALENDAR\r\n"));
    assertFalse(text.replace("\r\n", "").contains("\n"), "a bare LF");
    String[] lines = text.split("\r\n");
    int folded = 0;
    for (String l : lines) {
      assertTrue(l.getBytes(StandardCharsets.UTF_8).length <= 75, l);
      if (l.startsWith(" ")) folded++;
    }
    assertTrue(folded >= 2, "the long description is folded");
  }

  @Test
  void theSameDateAndContentGiveTheSameBytes(@TempDir Path again) throws IOException {
    TestSite.copyTree(site.content(), again.resolve("content"));
    var options = site.options();
    var second =
        new org.stek.BuildOptions(
            again.resolve("content"),
            options.theme(),
            again.resolve("site"),
            false,
            TestSite.TODAY);
    assertFalse(org.stek.Stek.build(second).hasErrors());
    for (String f : List.of("events/zomer.ics", "events/calendar.ics", "events/feed.xml")) {
      assertEquals(
          Files.readString(site.out().resolve(f)), Files.readString(again.resolve("site/" + f)), f);
    }
  }
}
