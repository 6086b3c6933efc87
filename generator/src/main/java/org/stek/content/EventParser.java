package org.stek.content;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stek.config.SiteConfig;
import org.stek.config.TimeZones;
import org.stek.report.Problems;
import org.stek.yaml.MappingReader;
import org.stek.yaml.YamlNode;

/**
 * Reads an event card's front matter: its start and end (a date, or a date and time in the site's
 * time zone), place, registration link and what it belongs with. Whether the practices and
 * organisations it names exist is checked with the other cards ({@link EventCheck}).
 */
final class EventParser {
  static final List<String> FIELDS =
      List.of(
          "title",
          "summary",
          "start",
          "end",
          "time_zone",
          "place",
          "registration",
          "themes",
          "practices",
          "organisations",
          "draft");

  /** What {@code place} says for an event on the internet. */
  static final String ONLINE = "online";

  private static final Pattern WHEN =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{1,2}:\\d{2}))?");

  private final CardParser cards;
  private final SiteConfig config;
  private final Problems problems;

  EventParser(CardParser cards, SiteConfig config, Problems problems) {
    this.cards = cards;
    this.config = config;
    this.problems = problems;
  }

  /** A moment as written: the day, and the time or null for the whole day. */
  private record When(LocalDate date, LocalTime time) {
    LocalDateTime at() {
      return time == null ? date.atStartOfDay() : date.atTime(time);
    }
  }

  Event event(String slug, SourceFile src) {
    MappingReader r = cards.frontMatter(src);
    if (r == null) return null;
    r.rejectUnknown(FIELDS);
    String title = r.requiredText("title");
    String summary = r.text("summary");
    When start = when(r, src, "start");
    When end = when(r, src, "end");
    ZoneId own = TimeZones.of(r, "time_zone", src.path(), problems);
    String place = r.requiredText("place");
    boolean online = place != null && place.strip().toLowerCase(Locale.ROOT).equals(ONLINE);
    String registration = cards.url(r, src, "registration");
    List<String> themes = themes(r, src);
    List<String> practices = r.textList("practices").stream().map(YamlNode.Scalar::text).toList();
    List<String> orgs = r.textList("organisations").stream().map(YamlNode.Scalar::text).toList();
    Boolean draft = r.bool("draft");
    if (start == null || end == null || !inOrder(r, src, start, end)) return null;
    return new Event(
        slug,
        src,
        title,
        summary,
        start.at(),
        end.at(),
        start.time() == null,
        own != null ? own : config.zone(),
        online ? null : place,
        online,
        registration,
        themes,
        practices,
        orgs,
        Boolean.TRUE.equals(draft));
  }

  /** A date (2027-04-14) or a date and time (2027-04-14 19:30); null when missing or wrong. */
  private When when(MappingReader r, SourceFile src, String key) {
    if (!r.has(key)) {
      r.missing(key);
      return null;
    }
    String text = r.scalar(key);
    if (text == null) return null;
    YamlNode n = r.node(key);
    Matcher m = WHEN.matcher(text.strip());
    try {
      if (m.matches()) {
        LocalDate date = LocalDate.parse(m.group(1));
        String time = m.group(2);
        if (time == null) return new When(date, null);
        return new When(date, LocalTime.parse(time.length() == 4 ? "0" + time : time));
      }
    } catch (DateTimeParseException e) {
      problems.error(
          src.path(),
          n.line(),
          n.column(),
          "'" + key + "' is not a real date and time: " + text,
          "check the day, the month and the hour");
      return null;
    }
    problems.error(
        src.path(),
        n.line(),
        n.column(),
        "'" + key + "' must be a date or a date and time, found '" + text + "'",
        "e.g. 2027-04-14 for the whole day, or 2027-04-14 19:30");
    return null;
  }

  /** Both moments of one kind (days, or days and times), the end not before the start. */
  private boolean inOrder(MappingReader r, SourceFile src, When start, When end) {
    YamlNode n = r.node("end");
    if ((start.time() == null) != (end.time() == null)) {
      problems.error(
          src.path(),
          n.line(),
          n.column(),
          "'start' and 'end' must both be dates, or both dates with a time",
          "e.g. start: 2027-04-14 19:30 and end: 2027-04-14 21:30");
      return false;
    }
    if (end.at().isBefore(start.at())) {
      problems.error(
          src.path(),
          n.line(),
          n.column(),
          "the event ends (" + r.scalar("end") + ") before it starts (" + r.scalar("start") + ")",
          "check the dates and times; an event of one day ends on the day it starts");
      return false;
    }
    return true;
  }

  /** Values of the site's {@code themes} taxonomy. */
  private List<String> themes(MappingReader r, SourceFile src) {
    if (!r.has("themes")) return List.of();
    return config
        .taxonomy("themes")
        .map(t -> cards.terms(r, src, t))
        .orElseGet(
            () -> {
              YamlNode n = r.node("themes");
              problems.error(
                  src.path(),
                  n.line(),
                  n.column(),
                  "site.yaml has no taxonomy 'themes'",
                  "remove 'themes', or add the taxonomy to site.yaml");
              return List.of();
            });
  }
}
