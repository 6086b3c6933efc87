package org.stek.render;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.stek.config.SiteConfig;
import org.stek.content.Event;
import org.stek.content.KnowledgeBase;
import org.stek.content.Slugs;
import org.stek.content.Urls;
import org.stek.files.PageSink;

/**
 * The events' calendar files (RFC 5545): one per event beside its page, one of every upcoming event
 * ({@code events/calendar.ics}); and with a base URL their Atom feed. DTSTAMP is the build's date
 * and a UID is made from the slug, so the same date and content give the same bytes, and a calendar
 * that imported an event updates it rather than adding it twice.
 */
public final class EventCalendars {
  private EventCalendars() {}

  /**
   * @param messages the theme's words in the site's language: "online" and the feed's title are the
   *     ones the pages use
   */
  public static void write(KnowledgeBase kb, LocalDate today, Messages messages, PageSink sink) {
    if (kb.events().isEmpty()) return;
    SiteConfig c = kb.config();
    List<Event> soonest =
        kb.events().stream()
            .sorted(Comparator.comparing(Event::start).thenComparing(Event::slug))
            .toList();
    for (Event e : soonest) {
      sink.write(Urls.eventCalendar(e.slug()), calendar(c, List.of(e), today, messages));
    }
    List<Event> upcoming = soonest.stream().filter(e -> !e.past(today)).toList();
    sink.write(Urls.calendar(), calendar(c, upcoming, today, messages));
    if (c.hasBaseUrl()) sink.write(Urls.eventFeed(), feed(c, soonest, messages));
  }

  static byte[] calendar(SiteConfig c, List<Event> events, LocalDate today, Messages messages) {
    ICalendar ics = new ICalendar();
    ics.line("BEGIN:VCALENDAR");
    ics.line("VERSION:2.0");
    ics.line(
        "PRODID:-//Stek//"
            + ICalendar.text(c.title())
            + "//"
            + c.language().toUpperCase(java.util.Locale.ROOT));
    ics.line("CALSCALE:GREGORIAN");
    ics.line("METHOD:PUBLISH");
    ics.line("X-WR-CALNAME:" + ICalendar.text(c.title()));
    // One VTIMEZONE per zone of a timed event, covering the years its events are in.
    Map<String, int[]> years = new TreeMap<>();
    for (Event e : events) {
      if (e.allDay()) continue;
      int[] y =
          years.computeIfAbsent(
              e.zone().getId(), k -> new int[] {e.start().getYear(), e.end().getYear()});
      y[0] = Math.min(y[0], e.start().getYear());
      y[1] = Math.max(y[1], e.end().getYear());
    }
    years.forEach((zone, y) -> ics.timeZone(ZoneId.of(zone), y[0], y[1]));
    for (Event e : events) event(ics, c, e, today, where(e, messages));
    ics.line("END:VCALENDAR");
    return ics.bytes();
  }

  private static void event(ICalendar ics, SiteConfig c, Event e, LocalDate today, String where) {
    ics.line("BEGIN:VEVENT");
    ics.line("UID:" + uid(c, e));
    ics.line("DTSTAMP:" + ICalendar.utcMidnight(today));
    if (e.allDay()) {
      // DTEND of a whole day is exclusive: the day after the last.
      ics.line("DTSTART;VALUE=DATE:" + ICalendar.day(e.start().toLocalDate()));
      ics.line("DTEND;VALUE=DATE:" + ICalendar.day(e.end().toLocalDate().plusDays(1)));
    } else {
      String tz = ";TZID=" + e.zone().getId() + ":";
      ics.line("DTSTART" + tz + ICalendar.local(e.start()));
      ics.line("DTEND" + tz + ICalendar.local(e.end()));
    }
    ics.line("SUMMARY:" + ICalendar.text(e.title()));
    ics.line("LOCATION:" + ICalendar.text(where));
    String page = c.hasBaseUrl() ? c.baseUrl() + e.url() : null;
    if (page != null) ics.line("URL:" + page);
    else if (e.registration() != null) ics.line("URL:" + e.registration());
    List<String> text = new ArrayList<>();
    if (e.summary() != null) text.add(e.summary());
    if (e.registration() != null) text.add(e.registration());
    if (!text.isEmpty()) ics.line("DESCRIPTION:" + ICalendar.text(String.join("\n\n", text)));
    ics.line("END:VEVENT");
  }

  /** Stable per slug and site, so that a calendar recognises the event again. */
  static String uid(SiteConfig c, Event e) {
    String host =
        c.hasBaseUrl()
            ? c.baseUrl().replaceFirst("^https?://", "").replaceAll("[/:].*$", "")
            : Slugs.of(c.title()) + ".stek";
    return "event-" + e.slug() + "@" + host;
  }

  /** Atom: every event, latest start first; an entry's date is its start (no clock involved). */
  private static byte[] feed(SiteConfig c, List<Event> soonest, Messages messages) {
    List<Event> latest = new ArrayList<>(soonest);
    java.util.Collections.reverse(latest);
    latest = latest.subList(0, Math.min(Feeds.FEED_ENTRIES, latest.size()));
    String self = c.baseUrl() + Urls.eventFeed();
    StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    s.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"")
        .append(c.language())
        .append("\">\n");
    String title = messages.get("events.title") + " — " + c.title();
    s.append("  <title>").append(Feeds.xml(title)).append("</title>\n");
    s.append("  <id>").append(Feeds.xml(self)).append("</id>\n");
    s.append("  <link rel=\"alternate\" href=\"")
        .append(Feeds.xml(c.baseUrl() + Urls.events()))
        .append("\"/>\n");
    s.append("  <link rel=\"self\" href=\"").append(Feeds.xml(self)).append("\"/>\n");
    s.append("  <updated>").append(instant(latest.get(0))).append("</updated>\n");
    for (Event e : latest) {
      String url = c.baseUrl() + e.url();
      s.append("  <entry>\n");
      s.append("    <title>").append(Feeds.xml(e.title())).append("</title>\n");
      s.append("    <id>").append(Feeds.xml(url)).append("</id>\n");
      s.append("    <link rel=\"alternate\" href=\"").append(Feeds.xml(url)).append("\"/>\n");
      s.append("    <updated>").append(instant(e)).append("</updated>\n");
      s.append("    <author><name>").append(Feeds.xml(c.title())).append("</name></author>\n");
      String where = where(e, messages);
      String summary = e.summary() == null ? where : where + ". " + e.summary();
      s.append("    <summary>").append(Feeds.xml(summary)).append("</summary>\n");
      s.append("  </entry>\n");
    }
    return s.append("</feed>\n").toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Where, as the event's page says it: the place, or the theme's word for online. */
  private static String where(Event e, Messages messages) {
    return e.online() ? messages.get("event.online") : e.place();
  }

  /** The event's start in UTC, as Atom dates are written. */
  private static String instant(Event e) {
    return e.start().atZone(e.zone()).toInstant().toString();
  }
}
