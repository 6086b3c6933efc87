package org.stek.content;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.stek.config.RatingScale;
import org.stek.config.SiteConfig;
import org.stek.config.Taxonomy;
import org.stek.report.Problems;
import org.stek.report.Suggestions;
import org.stek.yaml.MappingReader;
import org.stek.yaml.YamlException;
import org.stek.yaml.YamlNode;
import org.stek.yaml.YamlReader;

/** Reads the front matter of each kind of card into its record, checking every field. */
final class CardParser {
  static final List<String> PRACTICE_FIELDS =
      List.of(
          "title",
          "summary",
          "organisation",
          "municipality",
          "country",
          "partners",
          "started",
          "published",
          "updated",
          "contact",
          "links",
          "image",
          "attachments",
          "draft");
  static final List<String> RECOMMENDATION_FIELDS =
      List.of("title", "summary", "themes", "practices", "published", "updated", "draft");
  static final List<String> PAGE_FIELDS = List.of("title", "summary", "menu", "draft");
  static final List<String> ORGANISATION_FIELDS =
      List.of(
          "name",
          "kind",
          "place",
          "website",
          "contact",
          "logo",
          "description",
          "offers",
          "seeks",
          "draft");
  static final int LONG_SUMMARY = 300;

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern URL = Pattern.compile("(https?://|mailto:)[^\\s<>\"]+");

  private final SiteConfig config;
  private final Problems problems;
  private final LocalDate today;

  CardParser(SiteConfig config, Problems problems, LocalDate today) {
    this.config = config;
    this.problems = problems;
    this.today = today;
  }

  MappingReader frontMatter(SourceFile src) {
    YamlNode node;
    try {
      node = YamlReader.read(src.frontMatter(), src.frontMatterLine() - 1);
    } catch (YamlException e) {
      problems.error(src.path(), e.line(), e.column(), e.getMessage(), e.hint());
      return null;
    }
    if (node == null) {
      problems.error(
          src.path(),
          src.frontMatterLine(),
          1,
          "the front matter is empty",
          "add at least 'title: ...'");
      return null;
    }
    if (!(node instanceof YamlNode.Mapping m)) {
      problems.error(
          src.path(),
          node.line(),
          node.column(),
          "the front matter must be 'field: value' lines, found " + node.kindName(),
          null);
      return null;
    }
    return new MappingReader(m, src.path(), problems, "front matter");
  }

  Practice practice(String slug, SourceFile src) {
    MappingReader r = frontMatter(src);
    if (r == null) return null;
    List<String> known = new ArrayList<>(PRACTICE_FIELDS);
    config.taxonomies().forEach(t -> known.add(t.field()));
    config.ratings().forEach(s -> known.add(s.key()));
    r.rejectUnknown(known);
    String title = r.requiredText("title");
    String summary = shortText(r, src, "summary");
    String organisation = r.requiredText("organisation");
    String country = r.scalar("country");
    if (country != null
        && !config.countries().isEmpty()
        && !config.countries().containsKey(country)) {
      YamlNode n = r.node("country");
      problems.error(
          src.path(),
          n.line(),
          n.column(),
          "unknown country '" + country + "'",
          Suggestions.didYouMean(country, config.countries().keySet()));
    }
    Map<String, List<String>> terms = new LinkedHashMap<>();
    for (Taxonomy t : config.taxonomies()) {
      List<String> values = terms(r, src, t);
      YamlNode given = r.node(t.field());
      boolean emptyList = given instanceof YamlNode.Sequence seq && seq.items().isEmpty();
      if (t.key().equals("themes") && values.isEmpty() && (!r.has(t.field()) || emptyList)) {
        r.missing(t.field()); // 'themes: []' names no theme either (as the card schema says)
      }
      if (!values.isEmpty()) terms.put(t.key(), values);
    }
    Map<String, Integer> ratings = new LinkedHashMap<>();
    Map<String, Practice.Provenance> provenance = new LinkedHashMap<>();
    RatingReader rating = new RatingReader(this, config.ratingRules(), problems);
    for (RatingScale s : config.ratings()) rating.read(r, src, s, ratings, provenance);
    List<String> partners = r.textList("partners").stream().map(YamlNode.Scalar::text).toList();
    Integer started = r.integer("started");
    if (started != null && (started < 1800 || started > today.getYear())) {
      YamlNode n = r.node("started");
      problems.error(
          src.path(),
          n.line(),
          n.column(),
          "'started' must be a year such as 2019, found " + started,
          "the year the practice began");
      started = null;
    }
    LocalDate published = date(r, src, "published", true);
    LocalDate updated = date(r, src, "updated", false);
    Boolean draft = r.bool("draft");
    return new Practice(
        slug,
        src,
        title,
        summary,
        organisation,
        r.text("municipality"),
        country,
        terms,
        ratings,
        provenance,
        partners,
        started,
        published,
        updated,
        contact(r, src),
        links(r, src),
        image(r, src),
        attachments(r, src),
        Boolean.TRUE.equals(draft));
  }

  Recommendation recommendation(String slug, SourceFile src) {
    MappingReader r = frontMatter(src);
    if (r == null) return null;
    r.rejectUnknown(RECOMMENDATION_FIELDS);
    String title = r.requiredText("title");
    String summary = r.requiredText("summary");
    List<String> themes = config.taxonomy("themes").map(t -> terms(r, src, t)).orElse(List.of());
    List<String> practices = r.textList("practices").stream().map(YamlNode.Scalar::text).toList();
    if (!r.has("practices")) r.missing("practices");
    LocalDate published = date(r, src, "published", false);
    date(r, src, "updated", false);
    Boolean draft = r.bool("draft");
    return new Recommendation(
        slug, src, title, summary, themes, practices, published, Boolean.TRUE.equals(draft));
  }

  Page page(String slug, SourceFile src) {
    MappingReader r = frontMatter(src);
    if (r == null) return null;
    r.rejectUnknown(PAGE_FIELDS);
    String title = r.requiredText("title");
    Boolean draft = r.bool("draft");
    return new Page(
        slug, src, title, r.text("summary"), r.integer("menu"), Boolean.TRUE.equals(draft));
  }

  Organisation organisation(String slug, SourceFile src) {
    MappingReader r = frontMatter(src);
    if (r == null) return null;
    r.rejectUnknown(ORGANISATION_FIELDS);
    String name = r.requiredText("name");
    String description = shortText(r, src, "description");
    Boolean draft = r.bool("draft");
    return new Organisation(
        slug,
        src,
        name,
        description,
        r.text("kind"),
        r.text("place"),
        url(r, src, "website"),
        contact(r, src),
        image(r, src, "logo"),
        wants(r, src, "offers", config.profiles().offers()),
        wants(r, src, "seeks", config.profiles().seeks()),
        Boolean.TRUE.equals(draft));
  }

  Event event(String slug, SourceFile src) {
    return new EventParser(this, config, problems).event(slug, src);
  }

  /** A required text of one or two sentences: a warning when it is longer. */
  private String shortText(MappingReader r, SourceFile src, String key) {
    String text = r.requiredText(key);
    if (text != null && text.length() > LONG_SUMMARY) {
      YamlNode n = r.node(key);
      problems.warning(
          src.path(),
          n.line(),
          n.column(),
          "the " + key + " is long (" + text.length() + " characters)",
          "keep it to one or two sentences, under " + LONG_SUMMARY + " characters");
    }
    return text;
  }

  /** What a profile offers or seeks: values of the taxonomy site.yaml names for it. */
  private List<String> wants(MappingReader r, SourceFile src, String field, String taxonomy) {
    if (!r.has(field)) return List.of();
    Taxonomy t = taxonomy == null ? null : config.taxonomy(taxonomy).orElse(null);
    if (t == null) {
      YamlNode n = r.node(field);
      problems.error(
          src.path(),
          n.line(),
          n.column(),
          "site.yaml names no taxonomy for what organisations " + field,
          "add to site.yaml: organisations: {" + field + ": <taxonomy key>}");
      return List.of();
    }
    return terms(r, src, new Taxonomy(t.key(), t.label(), t.singular(), field, true, t.values()));
  }

  List<String> terms(MappingReader r, SourceFile src, Taxonomy t) {
    List<YamlNode.Scalar> given;
    if (t.multiple()) {
      given = r.textList(t.field());
    } else {
      YamlNode n = r.node(t.field());
      if (n == null || (n instanceof YamlNode.Scalar s && s.isNull())) return List.of();
      if (!(n instanceof YamlNode.Scalar s)) {
        problems.error(
            src.path(),
            n.line(),
            n.column(),
            "'" + t.field() + "' must be one value, found " + n.kindName(),
            "write e.g. " + t.field() + ": " + t.keys().get(0));
        return List.of();
      }
      given = List.of(s);
    }
    Set<String> out = new LinkedHashSet<>();
    String name = t.singular().in("en").toLowerCase(java.util.Locale.ROOT);
    for (YamlNode.Scalar s : given) {
      String v = s.text().strip();
      if (t.value(v) == null) {
        problems.error(
            src.path(),
            s.line(),
            s.column(),
            "unknown " + name + " '" + v + "'",
            Suggestions.didYouMean(v, t.keys()));
      } else if (!out.add(v)) {
        problems.warning(
            src.path(),
            s.line(),
            s.column(),
            name + " '" + v + "' is listed twice",
            "remove the second one");
      }
    }
    // Keep site.yaml's order so pages and indexes do not depend on how an author sorted a list.
    return t.keys().stream().filter(out::contains).toList();
  }

  LocalDate date(MappingReader r, SourceFile src, String key, boolean required) {
    if (!r.has(key)) {
      if (required) r.missing(key);
      return null;
    }
    String text = r.scalar(key);
    if (text == null) return null;
    YamlNode n = r.node(key);
    try {
      LocalDate d = LocalDate.parse(text, DATE);
      if (d.isAfter(today)) {
        problems.warning(
            src.path(),
            n.line(),
            n.column(),
            "'" + key + "' is in the future (" + text + ")",
            "the card is built anyway; check the date");
      }
      return d;
    } catch (DateTimeParseException e) {
      boolean shaped = text.matches("\\d{4}-\\d{2}-\\d{2}");
      problems.error(
          src.path(),
          n.line(),
          n.column(),
          shaped
              ? "'" + key + "' is not a real date: " + text
              : "'" + key + "' must be a date written YYYY-MM-DD, found '" + text + "'",
          shaped ? "check the day and month" : "e.g. 2025-03-12");
      return null;
    }
  }

  private Practice.Contact contact(MappingReader r, SourceFile src) {
    YamlNode.Mapping m = r.mappingField("contact");
    if (m == null) return null;
    MappingReader c = new MappingReader(m, src.path(), problems, "contact");
    c.rejectUnknown(List.of("name", "email", "url"));
    String email = c.text("email");
    if (email != null && !EMAIL.matcher(email).matches()) {
      YamlNode n = c.node("email");
      problems.error(
          src.path(),
          n.line(),
          n.column(),
          "'" + email + "' is not an e-mail address",
          "e.g. naam@school.be");
      email = null;
    }
    return new Practice.Contact(c.text("name"), email, url(c, src, "url"));
  }

  private List<Practice.Link> links(MappingReader r, SourceFile src) {
    List<Practice.Link> out = new ArrayList<>();
    for (YamlNode n : r.list("links")) {
      if (!(n instanceof YamlNode.Mapping m)) {
        problems.error(
            src.path(),
            n.line(),
            n.column(),
            "each link must have a title and a url",
            "- title: ...\n    url: https://...");
        continue;
      }
      MappingReader l = new MappingReader(m, src.path(), problems, "a link");
      l.rejectUnknown(List.of("title", "url"));
      String title = l.requiredText("title");
      if (!l.has("url")) l.missing("url");
      String url = url(l, src, "url");
      if (title != null && url != null) out.add(new Practice.Link(title, url));
    }
    return out;
  }

  String url(MappingReader r, SourceFile src, String key) {
    String url = r.text(key);
    if (url != null && !URL.matcher(url).matches()) {
      YamlNode n = r.node(key);
      problems.error(
          src.path(),
          n.line(),
          n.column(),
          "'" + url + "' is not a web address",
          "write the full address, starting with https://");
      return null;
    }
    return url;
  }

  /** {@code attachments: [{file: ..., title: ...}]}; whether each file exists is checked later. */
  private List<Practice.Attachment> attachments(MappingReader r, SourceFile src) {
    List<Practice.Attachment> out = new ArrayList<>();
    for (YamlNode n : r.list("attachments")) {
      if (!(n instanceof YamlNode.Mapping m)) {
        problems.error(
            src.path(),
            n.line(),
            n.column(),
            "each attachment must give a file and a title",
            "- file: kijkwijzer.pdf\n    title: Kijkwijzer");
        continue;
      }
      MappingReader a = new MappingReader(m, src.path(), problems, "an attachment");
      a.rejectUnknown(List.of("file", "title"));
      String file = a.requiredText("file");
      String title = a.requiredText("title");
      if (file == null || title == null) continue;
      YamlNode f = a.node("file");
      String resolved = ContentPaths.resolve(src.folder(), file);
      if (resolved == null) {
        problems.error(
            src.path(),
            f.line(),
            f.column(),
            "the attachment '" + file + "' points outside the content folder",
            "put the file beside the card");
      } else if (AssetCheck.runnable(resolved)) {
        problems.error(
            src.path(),
            f.line(),
            f.column(),
            "'" + file + "' cannot be an attachment: a browser would run it as a page or a script",
            "offer the document as PDF, or link to where it is published");
      } else {
        out.add(new Practice.Attachment(resolved, title, f.line(), f.column()));
      }
    }
    return out;
  }

  private Practice.Image image(MappingReader r, SourceFile src) {
    return image(r, src, "image");
  }

  private Practice.Image image(MappingReader r, SourceFile src, String key) {
    if (!r.has(key)) return null;
    YamlNode n = r.node(key);
    if (!(n instanceof YamlNode.Mapping m)) {
      problems.error(
          src.path(),
          n.line(),
          n.column(),
          "'" + key + "' must give a file and its alt text",
          key + ":\n  file: foto.jpg\n  alt: what the picture shows");
      return null;
    }
    MappingReader i = new MappingReader(m, src.path(), problems, key);
    i.rejectUnknown(List.of("file", "alt"));
    String file = i.requiredText("file");
    String alt = i.text("alt");
    if (alt == null && !i.has("alt")) {
      problems.error(
          src.path(),
          m.line(),
          m.column(),
          "the " + key + " has no alt text",
          "add 'alt: ...' describing the picture for readers who cannot see it");
    }
    if (file == null) return null;
    String resolved = ContentPaths.resolve(src.folder(), file);
    if (resolved == null) {
      YamlNode f = i.node("file");
      problems.error(
          src.path(),
          f.line(),
          f.column(),
          "the image '" + file + "' points outside the content folder",
          "put the image beside the card");
      return null;
    }
    return new Practice.Image(resolved, alt == null ? "" : alt);
  }
}
