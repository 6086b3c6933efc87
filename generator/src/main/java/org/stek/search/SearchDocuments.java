package org.stek.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.stek.config.Label;
import org.stek.config.RatingLevel;
import org.stek.config.RatingScale;
import org.stek.config.SiteConfig;
import org.stek.config.Taxonomy;
import org.stek.content.Event;
import org.stek.content.KnowledgeBase;
import org.stek.content.Organisation;
import org.stek.content.Practice;
import org.stek.content.Recommendation;
import org.stek.content.Slugs;
import org.stek.content.Urls;
import org.stek.markdown.RenderedBody;

/**
 * Turns the knowledge base into search documents: practices first (by slug), then recommendations,
 * then organisation profiles, then events.
 */
public final class SearchDocuments {
  private SearchDocuments() {}

  public static List<SearchDocument> of(KnowledgeBase kb, Map<String, RenderedBody> bodies) {
    SiteConfig c = kb.config();
    String lang = c.language();
    List<SearchDocument> out = new ArrayList<>();
    // A practice may name an organisation by its profile's slug: search its name.
    Map<String, String> names = new HashMap<>();
    kb.organisations().forEach(o -> names.put(o.slug(), o.title()));
    for (Practice p : kb.practices()) {
      Map<SearchField, String> f = new EnumMap<>(SearchField.class);
      f.put(SearchField.TITLE, p.title());
      f.put(SearchField.SUMMARY, p.summary());
      List<String> orgs = new ArrayList<>();
      orgs.add(names.getOrDefault(p.organisation(), p.organisation()));
      if (p.partners() != null) p.partners().forEach(n -> orgs.add(names.getOrDefault(n, n)));
      f.put(SearchField.ORGANISATION, join(orgs));
      String country =
          p.country() == null
              ? null
              : c.countries()
                  .getOrDefault(p.country(), new Label(Map.of("nl", p.country())))
                  .in(lang);
      f.put(SearchField.PLACE, join(Stream.of(p.municipality(), country).toList()));
      List<String> labels = new ArrayList<>();
      for (Taxonomy t : c.taxonomies()) {
        for (String v : p.values(t.key())) {
          if (t.value(v) != null) labels.add(t.value(v).label().in(lang));
        }
      }
      f.put(SearchField.LABELS, join(labels));
      List<SearchDocument.Rating> ratings = new ArrayList<>();
      for (RatingScale s : c.ratings()) {
        Integer level = p.ratings().get(s.key());
        if (level == null) continue;
        RatingLevel l = s.level(level);
        ratings.add(
            new SearchDocument.Rating(
                s.key(), s.label().in(lang), level, s.max(), l == null ? "" : l.label().in(lang)));
      }
      out.add(
          new SearchDocument(
              Urls.practice(p.slug()),
              "practice",
              f,
              text(bodies, p.source().relative()),
              ratings,
              themes(c, p.values("themes"))));
    }
    for (Recommendation r : kb.recommendations()) {
      Map<SearchField, String> f = new EnumMap<>(SearchField.class);
      f.put(SearchField.TITLE, r.title());
      f.put(SearchField.SUMMARY, r.summary());
      List<String> themes = themes(c, r.themes());
      f.put(SearchField.LABELS, join(themes));
      out.add(
          new SearchDocument(
              Urls.recommendation(r.slug()),
              "recommendation",
              f,
              text(bodies, r.source().relative()),
              List.of(),
              themes));
    }
    for (Organisation o : kb.organisations()) {
      Map<SearchField, String> f = new EnumMap<>(SearchField.class);
      f.put(SearchField.TITLE, o.title());
      f.put(SearchField.SUMMARY, o.summary());
      f.put(SearchField.PLACE, o.place() == null ? "" : o.place());
      List<String> labels = new ArrayList<>();
      if (o.kind() != null) labels.add(o.kind());
      labels.addAll(labels(c, c.profiles().offers(), o.offers()));
      labels.addAll(labels(c, c.profiles().seeks(), o.seeks()));
      f.put(SearchField.LABELS, join(labels));
      out.add(
          new SearchDocument(
              o.url(),
              "organisation",
              f,
              text(bodies, o.source().relative()),
              List.of(),
              List.of()));
    }
    // An event names organisations by slug: a profile's, or that of a name on a practice.
    Map<String, String> bySlug = new HashMap<>();
    for (Practice p : kb.practices()) {
      bySlug.putIfAbsent(
          Slugs.of(p.organisation()), names.getOrDefault(p.organisation(), p.organisation()));
      p.partners().forEach(n -> bySlug.putIfAbsent(Slugs.of(n), names.getOrDefault(n, n)));
    }
    bySlug.putAll(names);
    for (Event e : kb.events()) {
      Map<SearchField, String> f = new EnumMap<>(SearchField.class);
      f.put(SearchField.TITLE, e.title());
      f.put(SearchField.SUMMARY, e.summary() == null ? "" : e.summary());
      f.put(
          SearchField.ORGANISATION,
          join(e.organisations().stream().map(o -> bySlug.getOrDefault(o, o)).toList()));
      f.put(SearchField.PLACE, e.online() ? "online" : e.place());
      List<String> themes = themes(c, e.themes());
      f.put(SearchField.LABELS, join(themes));
      out.add(
          new SearchDocument(
              e.url(), "event", f, text(bodies, e.source().relative()), List.of(), themes));
    }
    return out;
  }

  /** The labels of a taxonomy's values. */
  private static List<String> labels(SiteConfig c, String taxonomy, List<String> keys) {
    Taxonomy t = taxonomy == null ? null : c.taxonomy(taxonomy).orElse(null);
    if (t == null) return List.of();
    return keys.stream().map(k -> t.value(k).label().in(c.language())).toList();
  }

  private static List<String> themes(SiteConfig c, List<String> keys) {
    Taxonomy t = c.taxonomy("themes").orElse(null);
    if (t == null || keys == null) return List.of();
    return keys.stream()
        .map(k -> t.value(k) == null ? k : t.value(k).label().in(c.language()))
        .toList();
  }

  private static Supplier<String> text(Map<String, RenderedBody> bodies, String key) {
    return new BodyText(bodies.get(key));
  }

  /**
   * A body's text, inflated when asked for; equal when the bodies are (a lambda would compare by
   * identity, and the preview could never tell that a card's search input stayed the same).
   */
  private record BodyText(RenderedBody body) implements Supplier<String> {
    @Override
    public String get() {
      return body == null ? "" : body.text();
    }
  }

  /** Values joined into one field value (one value per field keeps positions simple). */
  private static String join(List<String> parts) {
    return String.join(
        ". ", parts.stream().filter(Objects::nonNull).filter(s -> !s.isBlank()).toList());
  }
}
