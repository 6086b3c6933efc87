package org.stek.schema;

import java.util.ArrayList;
import java.util.List;
import org.stek.config.CardType;
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

  /**
   * Whether a site uses a kind of card, so that its schema is written (and the form may offer it):
   * profiles when site.yaml says what organisations offer or seek, so a site without them stays as
   * it was.
   */
  public static boolean inUse(SiteConfig config, CardType type) {
    return switch (type) {
      case PRACTICE, RECOMMENDATION, PAGE -> true;
      case ORGANISATION -> config.profiles().offers() != null || config.profiles().seeks() != null;
      // Events when site.yaml names the time zone their times are in.
      case EVENT -> config.timeZone() != null;
    };
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
      case ORGANISATION -> organisation();
      case EVENT -> event();
    };
  }

  /**
   * The first field of every type names the card: its title, or a profile's name. {@code stek new}
   * fills it in and the form names the file after it.
   */
  public Field titleOf(CardType type) {
    return of(type).get(0);
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

  /**
   * A profile: mirrors {@code CardParser.organisation}; offers and seeks when site.yaml names them.
   */
  private List<Field> organisation() {
    CardType o = CardType.ORGANISATION;
    List<Field> out = new ArrayList<>();
    out.add(fixed(o, "name", Kind.TEXT, true));
    out.add(fixed(o, "description", Kind.TEXT, true));
    out.add(fixed(o, "kind", Kind.TEXT, false));
    out.add(fixed(o, "place", Kind.TEXT, false));
    out.add(fixed(o, "website", Kind.URL, false));
    out.add(fixed(o, "contact", Kind.CONTACT, false));
    out.add(fixed(o, "logo", Kind.IMAGE, false));
    for (String want : List.of("offers", "seeks")) {
      String key = want.equals("offers") ? config.profiles().offers() : config.profiles().seeks();
      if (key == null) continue;
      config
          .taxonomy(key)
          .ifPresent(
              t ->
                  out.add(
                      new Field(
                          want,
                          Kind.MANY_OF,
                          false,
                          text.get(want + ".label"),
                          text.get(want + ".help", t.label().in(lang)),
                          choices(t))));
    }
    out.add(fixed(o, "draft", Kind.FLAG, false));
    return out;
  }

  /** An event: mirrors {@code content.EventParser}. */
  private List<Field> event() {
    CardType e = CardType.EVENT;
    List<Field> out = new ArrayList<>();
    out.add(fixed(e, "title", Kind.TEXT, true));
    out.add(fixed(e, "summary", Kind.TEXT, false));
    out.add(fixed(e, "start", Kind.WHEN, true));
    out.add(fixed(e, "end", Kind.WHEN, true));
    out.add(fixed(e, "time_zone", Kind.TEXT, false));
    out.add(fixed(e, "place", Kind.TEXT, true));
    out.add(fixed(e, "registration", Kind.URL, false));
    config.taxonomy("themes").ifPresent(t -> out.add(taxonomy(t, false)));
    out.add(fixed(e, "practices", Kind.SLUGS, false));
    out.add(fixed(e, "organisations", Kind.SLUGS, false));
    out.add(fixed(e, "draft", Kind.FLAG, false));
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

  private List<Choice> choices(Taxonomy t) {
    return t.values().stream()
        .map(v -> new Choice(v.key(), v.label().in(lang), v.description()))
        .toList();
  }

  private Field taxonomy(Taxonomy t, boolean required) {
    List<Choice> choices = choices(t);
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
