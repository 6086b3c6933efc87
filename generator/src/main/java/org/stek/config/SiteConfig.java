package org.stek.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a knowledge base defines about itself. The card fields for taxonomies and ratings come
 * from here, so another organisation can run Stek without touching Java.
 *
 * @param baseUrl absolute URL ending in '/', or "" when the site has none
 * @param submission where authors send new cards (the contribute form says so)
 * @param profiles the taxonomies organisation profiles offer and seek values of
 * @param synonyms the search's synonym groups ({@code search.synonyms})
 * @param timeZone the zone of the events' dates and times ({@code time_zone}, an IANA id); null
 *     when site.yaml names none (then {@link #zone()} is the default)
 */
public record SiteConfig(
    String title,
    String tagline,
    String description,
    String language,
    String baseUrl,
    Map<String, Label> countries,
    List<Taxonomy> taxonomies,
    List<RatingScale> ratings,
    Limits limits,
    Submission submission,
    Profiles profiles,
    Map<String, List<Section>> sections,
    RatingRules ratingRules,
    Synonyms synonyms,
    java.time.ZoneId timeZone) {

  public SiteConfig {
    // In site.yaml's order: Map.copyOf's order changes from one JVM to the next, and pages and
    // search/facets.js list the countries in this order.
    countries = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(countries));
    taxonomies = List.copyOf(taxonomies);
    ratings = List.copyOf(ratings);
    if (submission == null) submission = Submission.NONE;
    if (synonyms == null) synonyms = Synonyms.NONE;
    if (profiles == null) profiles = Profiles.NONE;
    sections = Map.copyOf(sections);
    if (ratingRules == null) ratingRules = RatingRules.NONE;
  }

  /** The events' time zone: site.yaml's {@code time_zone}, else {@link #DEFAULT_TIME_ZONE}. */
  public java.time.ZoneId zone() {
    return timeZone != null ? timeZone : DEFAULT_TIME_ZONE;
  }

  /** The zone of events when site.yaml names none: Stek's knowledge bases are Flemish and Dutch. */
  public static final java.time.ZoneId DEFAULT_TIME_ZONE = java.time.ZoneId.of("Europe/Brussels");

  /**
   * The sections declared for a card type ({@code practice}, {@code recommendation}, ...), in their
   * order; empty when site.yaml declares none and the body is free.
   */
  public List<Section> sections(String cardType) {
    return sections.getOrDefault(cardType, List.of());
  }

  public Optional<Taxonomy> taxonomy(String key) {
    return taxonomies.stream().filter(t -> t.key().equals(key)).findFirst();
  }

  public boolean hasBaseUrl() {
    return !baseUrl.isEmpty();
  }
}
