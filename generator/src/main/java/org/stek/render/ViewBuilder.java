package org.stek.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.stek.config.Label;
import org.stek.config.RatingLevel;
import org.stek.config.RatingScale;
import org.stek.config.SiteConfig;
import org.stek.config.TaxonomyValue;
import org.stek.content.KnowledgeBase;
import org.stek.content.OrganisationNames;
import org.stek.content.Practice;
import org.stek.content.Recommendation;
import org.stek.content.Urls;
import org.stek.markdown.RenderedBody;

/** Turns the checked cards into the view models templates render. */
final class ViewBuilder {
  /** Newest first; the slug breaks ties so the order never depends on file system order. */
  static final Comparator<Practice> NEWEST =
      Comparator.comparing(Practice::published, Comparator.nullsLast(Comparator.reverseOrder()))
          .thenComparing(Practice::slug);

  private final KnowledgeBase kb;
  private final SiteConfig config;
  private final Messages messages;
  private final String lang;
  private final DateTimeFormatter dateLabel;
  final List<ViewModel.Taxonomy> taxonomies = new ArrayList<>();
  final Map<String, ViewModel.Practice> practices = new LinkedHashMap<>();
  final List<ViewModel.Recommendation> recommendations = new ArrayList<>();

  /** Every organisation a practice names (as its own or as a partner), and every municipality. */
  final NameIndex organisations;

  final NameIndex municipalities;

  private final OrganisationNames organisationNames;

  /** By taxonomy and value: the practices that have it, newest first. */
  private final Map<String, Map<String, List<ViewModel.Practice>>> byTerm = new HashMap<>();

  ViewBuilder(
      KnowledgeBase kb,
      Map<String, RenderedBody> bodies,
      Map<String, List<String>> related,
      Messages messages) {
    this.kb = kb;
    this.config = kb.config();
    this.messages = messages;
    this.lang = config.language();
    this.dateLabel = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.forLanguageTag(lang));
    this.organisationNames = new OrganisationNames(kb);
    for (org.stek.config.Taxonomy t : config.taxonomies()) {
      Map<String, Integer> counts = new HashMap<>();
      kb.practices().forEach(p -> p.values(t.key()).forEach(v -> counts.merge(v, 1, Integer::sum)));
      List<ViewModel.Term> values =
          t.values().stream().map(v -> term(t.key(), v, counts.getOrDefault(v.key(), 0))).toList();
      taxonomies.add(
          new ViewModel.Taxonomy(
              t.key(), t.label().in(lang), t.singular().in(lang), Urls.taxonomy(t.key()), values));
    }
    Map<String, List<ViewModel.RecommendationRef>> recsOf = new HashMap<>();
    for (Recommendation r : kb.recommendations()) {
      var ref =
          new ViewModel.RecommendationRef(r.title(), Urls.recommendation(r.slug()), r.summary());
      r.practices().forEach(s -> recsOf.computeIfAbsent(s, k -> new ArrayList<>()).add(ref));
    }
    Map<String, ViewModel.Practice> plain = new java.util.concurrent.ConcurrentHashMap<>();
    kb.practices().parallelStream()
        .forEach(
            p ->
                plain.put(
                    p.slug(),
                    practice(
                        p,
                        bodies.get(p.source().relative()),
                        recsOf.getOrDefault(p.slug(), List.of()))));
    for (Practice p : kb.practices().stream().sorted(NEWEST).toList()) {
      List<ViewModel.Practice> rel =
          related.getOrDefault(p.slug(), List.of()).stream().map(plain::get).toList();
      ViewModel.Practice view = plain.get(p.slug()).withRelated(rel);
      practices.put(p.slug(), view);
      for (org.stek.config.Taxonomy t : config.taxonomies()) {
        for (String v : new java.util.LinkedHashSet<>(p.values(t.key()))) {
          byTerm
              .computeIfAbsent(t.key(), k -> new HashMap<>())
              .computeIfAbsent(v, k -> new ArrayList<>())
              .add(view);
        }
      }
    }
    List<ViewModel.Practice> all = List.copyOf(practices.values());
    this.organisations =
        new NameIndex(
            "organisations",
            Urls.organisations(),
            messages.get("organisations.title"),
            messages.get("practice.organisation"),
            lang,
            all,
            p ->
                Stream.concat(
                        Stream.of(new ViewModel.Link(p.organisation(), p.organisationUrl())),
                        p.partnerLinks().stream())
                    .toList(),
            kb.organisations().stream()
                .map(o -> new ViewModel.Link(o.title(), Urls.organisation(o.slug())))
                .toList());
    this.municipalities =
        new NameIndex(
            "municipalities",
            Urls.municipalities(),
            messages.get("municipalities.title"),
            messages.get("municipality"),
            lang,
            all,
            p ->
                p.municipality() == null
                    ? List.of()
                    : List.of(new ViewModel.Link(p.municipality(), p.municipalityUrl())),
            List.of());
    for (Recommendation r : kb.recommendations()) {
      RenderedBody body = bodies.get(r.source().relative());
      recommendations.add(
          new ViewModel.Recommendation(
              r.slug(),
              Urls.recommendation(r.slug()),
              r.title(),
              r.summary(),
              terms("themes", r.themes()),
              r.practices().stream()
                  .map(practices::get)
                  .filter(java.util.Objects::nonNull)
                  .toList(),
              body == null ? "" : body.html(),
              iso(r.published()),
              label(r.published())));
    }
  }

  private ViewModel.Term term(String taxonomy, TaxonomyValue v, int count) {
    return new ViewModel.Term(
        v.key(), v.label().in(lang), v.description(), Urls.term(taxonomy, v.key()), count);
  }

  List<ViewModel.Term> terms(String taxonomy, List<String> keys) {
    ViewModel.Taxonomy t = taxonomy(taxonomy);
    if (t == null) return List.of();
    return t.values().stream().filter(v -> keys.contains(v.key())).toList();
  }

  ViewModel.Taxonomy taxonomy(String key) {
    return taxonomies.stream().filter(t -> t.key().equals(key)).findFirst().orElse(null);
  }

  private ViewModel.Practice practice(
      Practice p, RenderedBody body, List<ViewModel.RecommendationRef> recs) {
    List<ViewModel.Rating> ratings =
        config.ratings().stream()
            .map(s -> rating(s, p.ratings().get(s.key()), p.provenance().get(s.key())))
            .toList();
    List<ViewModel.TermGroup> groups = new ArrayList<>();
    for (ViewModel.Taxonomy t : taxonomies) {
      List<ViewModel.Term> values = terms(t.key(), p.values(t.key()));
      if (!values.isEmpty()) groups.add(new ViewModel.TermGroup(t, values));
    }
    String country =
        p.country() == null
            ? null
            : config
                .countries()
                .getOrDefault(p.country(), new Label(Map.of("nl", p.country())))
                .in(lang);
    String region =
        p.values("regions").stream()
            .findFirst()
            .flatMap(v -> config.taxonomy("regions").map(t -> t.value(v).label().in(lang)))
            .orElse(null);
    String place =
        String.join(
            ", ",
            Stream.of(p.municipality(), region, country)
                .filter(s -> s != null && !s.isEmpty())
                .toList());
    var contact =
        p.contact() == null
            ? null
            : new ViewModel.Contact(p.contact().name(), p.contact().email(), p.contact().url());
    var image = p.image() == null ? null : new ViewModel.Image(p.image().file(), p.image().alt());
    return new ViewModel.Practice(
        p.slug(),
        Urls.practice(p.slug()),
        p.title(),
        p.summary(),
        organisationName(p.organisation()),
        p.municipality(),
        place,
        country,
        p.started(),
        iso(p.published()),
        label(p.published()),
        iso(p.updated()),
        label(p.updated()),
        find(ratings, "reach"),
        find(ratings, "recurrence"),
        ratings,
        terms("themes", p.values("themes")),
        groups,
        p.partners(),
        contact,
        p.links().stream().map(l -> new ViewModel.Link(l.title(), l.url())).toList(),
        image,
        CardExtras.attachments(kb, p, body),
        CardExtras.toc(body),
        body == null ? "" : body.html(),
        List.of(),
        List.copyOf(recs),
        Urls.organisation(p.organisation()),
        p.municipality() == null ? null : Urls.municipality(p.municipality()),
        p.partners().stream()
            .map(n -> new ViewModel.Link(organisationName(n), Urls.organisation(n)))
            .toList());
  }

  private String organisationName(String name) {
    return organisationNames.of(name);
  }

  private ViewModel.Rating rating(RatingScale s, Integer level, Practice.Provenance from) {
    int n = level == null ? 0 : level;
    RatingLevel l = s.level(n);
    String label = s.label().in(lang);
    return new ViewModel.Rating(
        s.key(),
        label,
        n,
        s.max(),
        l == null ? "" : l.label().in(lang),
        l == null ? "" : l.description(),
        messages.get("rating.text", label, n, s.max()),
        from == null
            ? null
            : new ViewModel.Provenance(
                from.by(), iso(from.date()), label(from.date()), from.why()));
  }

  private static ViewModel.Rating find(List<ViewModel.Rating> ratings, String key) {
    return ratings.stream().filter(r -> r.key().equals(key)).findFirst().orElse(null);
  }

  private static String iso(LocalDate d) {
    return d == null ? null : d.toString();
  }

  String label(LocalDate d) {
    return d == null ? null : dateLabel.format(d);
  }

  List<ViewModel.Practice> newest() {
    return List.copyOf(practices.values());
  }

  /** The practices with a taxonomy value, newest first. */
  List<ViewModel.Practice> withTerm(String taxonomy, String value) {
    return List.copyOf(byTerm.getOrDefault(taxonomy, Map.of()).getOrDefault(value, List.of()));
  }
}
