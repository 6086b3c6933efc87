package org.stek.render;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.stek.content.Event;
import org.stek.content.KnowledgeBase;
import org.stek.content.Urls;
import org.stek.markdown.RenderedBody;

/**
 * The events as views, split into upcoming (soonest first) and past (latest first) by the build's
 * date, never the clock: the same date and content give the same pages.
 */
final class Events {
  /** How many upcoming events the home page shows. */
  static final int HOME_UPCOMING = 3;

  final List<ViewModel.Event> upcoming = new ArrayList<>();
  final List<ViewModel.Event> past = new ArrayList<>();

  Events(
      KnowledgeBase kb,
      Map<String, RenderedBody> bodies,
      LocalDate today,
      ViewBuilder views,
      Messages messages) {
    String lang = kb.config().language();
    Locale locale = Locale.forLanguageTag(lang);
    DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", locale);
    DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale);
    Map<String, String> orgNames = new java.util.HashMap<>();
    views.organisations.taxonomy.values().forEach(t -> orgNames.put(t.url(), t.label()));
    Comparator<Event> soonest = Comparator.comparing(Event::start).thenComparing(Event::slug);
    for (Event e : kb.events().stream().sorted(soonest).toList()) {
      RenderedBody body = bodies.get(e.source().relative());
      boolean isPast = e.past(today);
      var view =
          new ViewModel.Event(
              e.slug(),
              e.url(),
              e.title(),
              e.summary(),
              when(e, day, time, messages),
              iso(e, e.start()),
              iso(e, e.end()),
              e.allDay(),
              e.online() ? messages.get("event.online") : e.place(),
              e.online(),
              e.registration(),
              Urls.eventCalendar(e.slug()),
              isPast,
              views.terms("themes", e.themes()),
              e.practices().stream()
                  .map(views.practices::get)
                  .filter(java.util.Objects::nonNull)
                  .map(p -> new ViewModel.Link(p.title(), p.url()))
                  .toList(),
              e.organisations().stream()
                  .map(
                      s ->
                          new ViewModel.Link(
                              orgNames.getOrDefault(Urls.organisation(s), s), Urls.organisation(s)))
                  .toList(),
              body == null ? "" : body.html());
      (isPast ? past : upcoming).add(view);
    }
    java.util.Collections.reverse(past);
  }

  /** The upcoming events {@code shown} says belong on a page; null when none (no section). */
  List<ViewModel.Event> upcoming(Predicate<ViewModel.Event> shown) {
    List<ViewModel.Event> out = upcoming.stream().filter(shown).toList();
    return out.isEmpty() ? null : out;
  }

  List<ViewModel.Event> withTheme(String key) {
    return upcoming(e -> e.themes().stream().anyMatch(t -> t.key().equals(key)));
  }

  List<ViewModel.Event> withPractice(String url) {
    return upcoming(e -> e.practices().stream().anyMatch(l -> l.url().equals(url)));
  }

  List<ViewModel.Event> withOrganisation(String url) {
    return upcoming(e -> e.organisations().stream().anyMatch(l -> l.url().equals(url)));
  }

  boolean isEmpty() {
    return upcoming.isEmpty() && past.isEmpty();
  }

  /** "dinsdag 14 april 2027, 19:30–21:30", or the days of an all-day event. */
  private static String when(
      Event e, DateTimeFormatter day, DateTimeFormatter time, Messages messages) {
    LocalDate first = e.start().toLocalDate();
    LocalDate last = e.end().toLocalDate();
    if (e.allDay()) {
      return first.equals(last)
          ? day.format(first)
          : messages.get("event.days", day.format(first), day.format(last));
    }
    if (first.equals(last)) {
      return messages.get(
          "event.hours", day.format(first), time.format(e.start()), time.format(e.end()));
    }
    return messages.get(
        "event.span",
        day.format(first) + " " + time.format(e.start()),
        day.format(last) + " " + time.format(e.end()));
  }

  /** For {@code <time datetime>}: the day, or the local time with the zone's offset then. */
  private static String iso(Event e, LocalDateTime at) {
    if (e.allDay()) return at.toLocalDate().toString();
    return at.atZone(e.zone()).toOffsetDateTime().toString();
  }
}
