package org.stek.schema;

import java.util.ArrayList;
import java.util.List;
import org.stek.config.RatingScale;
import org.stek.config.SiteConfig;
import org.stek.config.Taxonomy;
import org.stek.schema.Field.Choice;
import org.stek.schema.Field.Kind;

/**
 * The fields of each card type, in the order an author fills them in. The fixed fields mirror
 * {@code content.CardParser}; the taxonomy and rating fields come from {@code site.yaml}, so the
 * template, the schema and the form follow a site's own definition.
 */
public final class CardFields {
  private final SiteConfig config;
  private final String lang;
  private final FieldText text;

  public CardFields(SiteConfig config) {
    this.config = config;
    this.lang = config.language();
    this.text = new FieldText(lang);
  }

  public FieldText text() {
    return text;
  }

  public List<Field> of(CardType type) {
    return switch (type) {
      case PRACTICE -> practice();
      case RECOMMENDATION -> recommendation();
      case PAGE ->
          List.of(
              fixed("title", Kind.TEXT, true),
              fixed("summary", Kind.TEXT, false),
              fixed("menu", Kind.NUMBER, false),
              fixed("draft", Kind.FLAG, false));
    };
  }

  private List<Field> practice() {
    List<Field> out = new ArrayList<>();
    out.add(fixed("title", Kind.TEXT, true));
    out.add(fixed("summary", Kind.TEXT, true));
    out.add(fixed("organisation", Kind.TEXT, true));
    out.add(fixed("municipality", Kind.TEXT, false));
    for (Taxonomy t : config.taxonomies()) out.add(taxonomy(t, t.key().equals("themes")));
    if (!config.countries().isEmpty()) {
      List<Choice> countries = new ArrayList<>();
      config.countries().entrySet().stream()
          .sorted(java.util.Map.Entry.comparingByKey())
          .forEach(e -> countries.add(new Choice(e.getKey(), e.getValue().in(lang), "")));
      out.add(
          new Field(
              "country",
              Kind.ONE_OF,
              false,
              text.get("country.label"),
              text.get("country.help"),
              countries));
    } else {
      out.add(fixed("country", Kind.TEXT, false));
    }
    for (RatingScale s : config.ratings()) out.add(rating(s));
    out.add(fixed("partners", Kind.TEXT_LIST, false));
    out.add(fixed("started", Kind.YEAR, false));
    out.add(fixed("contact", Kind.CONTACT, false));
    out.add(fixed("links", Kind.LINKS, false));
    out.add(fixed("image", Kind.IMAGE, false));
    out.add(fixed("attachments", Kind.ATTACHMENTS, false));
    out.add(fixed("published", Kind.DATE, true));
    out.add(fixed("updated", Kind.DATE, false));
    out.add(fixed("draft", Kind.FLAG, false));
    return out;
  }

  private List<Field> recommendation() {
    List<Field> out = new ArrayList<>();
    out.add(fixed(CardType.RECOMMENDATION, "title", Kind.TEXT, true));
    out.add(fixed(CardType.RECOMMENDATION, "summary", Kind.TEXT, true));
    config.taxonomy("themes").ifPresent(t -> out.add(taxonomy(t, false)));
    out.add(fixed("practices", Kind.SLUGS, true));
    out.add(fixed("published", Kind.DATE, false));
    out.add(fixed("updated", Kind.DATE, false));
    out.add(fixed("draft", Kind.FLAG, false));
    return out;
  }

  private Field fixed(String name, Kind kind, boolean required) {
    return fixed(CardType.PRACTICE, name, kind, required);
  }

  /** A fixed field, with help worded for the card type where it differs. */
  private Field fixed(CardType type, String name, Kind kind, boolean required) {
    return new Field(
        name,
        kind,
        required,
        text.get(name + ".label"),
        text.specific(type.id(), name + ".help"),
        List.of());
  }

  private Field taxonomy(Taxonomy t, boolean required) {
    List<Choice> choices =
        t.values().stream()
            .map(v -> new Choice(v.key(), v.label().in(lang), v.description()))
            .toList();
    return new Field(
        t.field(),
        t.multiple() ? Kind.MANY_OF : Kind.ONE_OF,
        required,
        (t.multiple() ? t.label() : t.singular()).in(lang),
        text.get(t.multiple() ? "terms.many.help" : "terms.one.help"),
        choices);
  }

  private Field rating(RatingScale s) {
    List<Choice> levels =
        s.levels().stream()
            .map(l -> new Choice(String.valueOf(l.level()), l.label().in(lang), l.description()))
            .toList();
    String help =
        s.description().isEmpty()
            ? text.get("rating.help", s.max())
            : s.description() + " " + text.get("rating.help", s.max());
    return new Field(s.key(), Kind.RATING, true, s.label().in(lang), help, levels);
  }
}
