package org.stek.schema;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.stek.config.CardType;
import org.stek.config.RepositoryHost;
import org.stek.config.SiteConfig;
import org.stek.config.Submission;
import org.stek.schema.Field.Choice;

/**
 * What a contribute form page shows, for one kind of card: every field with its help and allowed
 * values, the body's usual sections, the card as written by hand, and where to send it. Templates
 * see it as {@code form}; {@code contribute.js} validates with the schema script at {@code
 * schemaScript}. The practice's form is at {@link #URL}; each other kind the site offers ({@link
 * #offered}) has a page beside it, and every form links to all of them ({@code kinds}).
 *
 * @param url the form page, root-relative
 * @param titleField the field that names the card, and its file
 * @param template the text {@code stek new <type>} writes, for authors writing by hand
 * @param host the code host's pages for this kind's folder, for the "Propose" button; or null
 * @param kinds the form pages of every kind the site offers, this one marked current
 * @param labels labels of the parts of contact, links and image ({@code contact.name}, ...)
 * @param text the form's own words in the site's language, by key ({@code form.*}, where a kind may
 *     say it otherwise as {@code <type>.form.*})
 */
public record ContributeForm(
    String url,
    String folder,
    String schemaType,
    String schemaScript,
    String titleField,
    List<FormField> fields,
    List<Section> sections,
    boolean sectionsDeclared,
    String body,
    String template,
    Submission submission,
    RepositoryHost host,
    List<Kind> kinds,
    Map<String, String> labels,
    Map<String, String> text) {

  /** Where the practice's form lands in the site. */
  public static final String URL = "contribute/index.html";

  /** A form page of one kind of card, for the links between them. */
  public record Kind(String label, String url, boolean current) {}

  /**
   * One field; {@code kind} is the lowercase {@link Field.Kind} ({@code text}, {@code many_of},
   * ...).
   */
  public record FormField(
      String name,
      String kind,
      boolean required,
      String label,
      String help,
      List<Choice> choices) {}

  /**
   * A section of the body: with {@code sectionsDeclared} each has a text area of its own, named by
   * {@code key}; else they are the usual headings of the one text area.
   */
  public record Section(String key, String title, String help, boolean required) {}

  private static final List<String> PARTS =
      List.of(
          "contact.name",
          "contact.email",
          "contact.url",
          "link.title",
          "link.url",
          "image.file",
          "image.alt");

  /** Fields an author does not fill in on the form: the form sets them or leaves them out. */
  private static final List<String> NOT_ON_FORM = List.of("draft", "updated");

  /** The kinds of card the form is for, in the order of its links; editors write the others. */
  private static final Set<CardType> ON_FORM = EnumSet.of(CardType.PRACTICE, CardType.ORGANISATION);

  /** Whether the site's form offers a kind of card: one the form is for that the site uses. */
  public static boolean offered(SiteConfig config, CardType type) {
    return ON_FORM.contains(type) && CardFields.inUse(config, type);
  }

  /** The form page of a kind of card. */
  public static String url(CardType type) {
    return type == CardType.PRACTICE ? URL : "contribute/" + type.id() + ".html";
  }

  /** The form pages of every kind the site offers, which cards may link to. */
  public static List<String> urls(SiteConfig config) {
    return Arrays.stream(CardType.values())
        .filter(t -> offered(config, t))
        .map(ContributeForm::url)
        .toList();
  }

  /** The form of every kind the site offers, the practice's first. */
  public static List<ContributeForm> all(SiteConfig config) {
    return Arrays.stream(CardType.values())
        .filter(t -> offered(config, t))
        .map(t -> of(config, t))
        .toList();
  }

  /** The practice's form. */
  public static ContributeForm of(SiteConfig config) {
    return of(config, CardType.PRACTICE);
  }

  public static ContributeForm of(SiteConfig config, CardType type) {
    CardFields fields = new CardFields(config);
    FieldText t = fields.text();
    Map<String, String> words = new TreeMap<>(t.all("form."));
    words.putAll(t.all(type.id() + ".form."));
    CardTemplate template = new CardTemplate(config);
    List<FormField> shown =
        fields.of(type).stream()
            .filter(f -> !NOT_ON_FORM.contains(f.name()))
            .map(
                f ->
                    new FormField(
                        f.name(),
                        f.kind().name().toLowerCase(Locale.ROOT),
                        f.required(),
                        f.label(),
                        f.help(),
                        f.choices()))
            .toList();
    String lang = config.language();
    List<org.stek.config.Section> declared = config.sections(type.id());
    List<Section> sections =
        declared.isEmpty()
            ? template.usualSections(type).stream()
                .map(
                    k ->
                        new Section(
                            k, t.get("section." + k), t.get("section." + k + ".help"), false))
                .toList()
            : declared.stream()
                .map(
                    s ->
                        new Section(s.key(), s.heading().in(lang), s.help().in(lang), s.required()))
                .toList();
    RepositoryHost host = config.submission().host();
    List<Kind> kinds =
        Arrays.stream(CardType.values())
            .filter(k -> offered(config, k))
            .map(k -> new Kind(t.get("form.kind." + k.id()), url(k), k == type))
            .toList();
    return new ContributeForm(
        url(type),
        type.folder(),
        type.id(),
        type.schemaScriptUrl(),
        fields.titleOf(type).name(),
        shown,
        sections,
        !declared.isEmpty(),
        template.body(type, false).strip() + "\n",
        template.of(type, words.get("example.title"), null),
        config.submission(),
        host == null ? null : host.in(type.folder()),
        kinds,
        PARTS.stream()
            .collect(Collectors.toMap(p -> p, p -> t.get(p + ".label"), (a, b) -> a, TreeMap::new)),
        words);
  }
}
