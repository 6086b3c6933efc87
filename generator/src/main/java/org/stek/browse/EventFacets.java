package org.stek.browse;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.stek.config.SiteConfig;
import org.stek.config.Taxonomy;
import org.stek.content.Event;
import org.stek.content.KnowledgeBase;
import org.stek.files.PageSink;

/**
 * {@code search/event-facets.js}: what the events index ({@code events/index.html}) filters on, in
 * {@link FacetData}'s shape so that {@code stek.facetValues} reads it: {@code stek.addFacets({v: 1,
 * n, slugs, tax: [themes, where, when]})}, event i being the i-th of the knowledge base's events
 * (by slug). Where is {@code online} or the place as written; when is {@code upcoming} or {@code
 * past} on the build's date, as the page splits them. Written only when the site has events.
 */
public final class EventFacets {
  public static final String URL = "search/event-facets.js";

  static final String ONLINE = "online";

  private EventFacets() {}

  /**
   * @param words the theme's UI strings in the site's language, by key (the page's own words)
   * @return the file's length in bytes, 0 when the site has no events
   */
  public static long write(
      KnowledgeBase kb, LocalDate today, Function<String, String> words, PageSink sink) {
    List<Event> events = kb.events();
    if (events.isEmpty()) return 0;
    SiteConfig c = kb.config();
    String lang = c.language();
    Taxonomy themes = c.taxonomy("themes").orElse(null);
    return FacetData.script(
        sink,
        URL,
        events.size(),
        g -> {
          g.writeArrayFieldStart("slugs");
          for (Event e : events) g.writeString(e.slug());
          g.writeEndArray();
          g.writeArrayFieldStart("tax");
          if (themes != null) {
            FacetData.facet(
                g,
                themes.key(),
                themes.label().in(lang),
                themes.values().stream()
                    .map(v -> new String[] {v.key(), v.label().in(lang)})
                    .toList(),
                events.stream().map(Event::themes).toList());
          }
          FacetData.facet(
              g,
              "where",
              words.apply("event.where"),
              places(events, words.apply("event.online"), lang),
              events.stream().map(e -> List.of(where(e))).toList());
          FacetData.facet(
              g,
              "when",
              words.apply("event.when"),
              List.of(
                  new String[] {"upcoming", words.apply("events.upcoming")},
                  new String[] {"past", words.apply("events.past")}),
              events.stream().map(e -> List.of(e.past(today) ? "past" : "upcoming")).toList());
          g.writeEndArray();
        });
  }

  /** The value of "where" an event has: online, or its place as written. */
  private static String where(Event e) {
    return e.online() ? ONLINE : e.place();
  }

  /** Online first when any event is, then each place in the site language's order. */
  private static List<String[]> places(List<Event> events, String online, String lang) {
    List<String[]> out = new ArrayList<>();
    if (events.stream().anyMatch(Event::online)) out.add(new String[] {ONLINE, online});
    Collator collator = Collator.getInstance(Locale.forLanguageTag(lang));
    events.stream()
        .filter(e -> !e.online())
        .map(Event::place)
        .filter(Objects::nonNull)
        .distinct()
        .sorted(collator)
        .forEach(p -> out.add(new String[] {p, p}));
    return out;
  }
}
