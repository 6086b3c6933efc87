package org.stek.schema;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stek.config.SiteConfig;
import org.stek.config.Submission;
import org.stek.schema.Field.Choice;

/**
 * What the "Deel je praktijk" form page shows: every practice field with its help and allowed
 * values, the body's usual sections, the card as written by hand, and where to send it. Templates
 * see it as {@code form}; {@code contribute.js} validates with the schema script at {@code
 * schemaScript}.
 *
 * @param url the form page, root-relative
 * @param template the text {@code stek new practice} writes, for authors writing by hand
 * @param labels labels of the parts of contact, links and image ({@code contact.name}, ...)
 * @param text the form's own words in the site's language, by key ({@code form.*})
 */
public record ContributeForm(
    String url,
    String folder,
    String schemaType,
    String schemaScript,
    List<FormField> fields,
    List<Section> sections,
    boolean sectionsDeclared,
    String body,
    String template,
    Submission submission,
    Map<String, String> labels,
    Map<String, String> text) {

  /** Where the form lands in the site. */
  public static final String URL = "contribute/index.html";

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

  public static ContributeForm of(SiteConfig config) {
    CardFields fields = new CardFields(config);
    FieldText t = fields.text();
    CardTemplate template = new CardTemplate(config);
    List<FormField> shown =
        fields.of(CardType.PRACTICE).stream()
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
    List<org.stek.config.Section> declared = config.sections(CardType.PRACTICE.id());
    List<Section> sections =
        declared.isEmpty()
            ? List.of("what", "who", "why", "how").stream()
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
    return new ContributeForm(
        URL,
        CardType.PRACTICE.folder(),
        CardType.PRACTICE.id(),
        CardType.PRACTICE.schemaScriptUrl(),
        shown,
        sections,
        !declared.isEmpty(),
        template.body(CardType.PRACTICE, false).strip() + "\n",
        template.of(CardType.PRACTICE, t.get("form.example.title"), null),
        config.submission(),
        PARTS.stream()
            .collect(
                java.util.stream.Collectors.toMap(
                    p -> p, p -> t.get(p + ".label"), (a, b) -> a, java.util.TreeMap::new)),
        t.all("form."));
  }
}
