package org.stek.schema;

import java.time.LocalDate;
import java.util.List;
import org.stek.config.CardType;
import org.stek.config.Section;
import org.stek.config.SiteConfig;
import org.stek.schema.Field.Choice;

/**
 * The text of a new card for {@code stek new}: every field, each with its help and its allowed
 * values in YAML comments, and the usual body sections. Required fields are left empty, so {@code
 * stek check} names each one until the author fills it in.
 */
public final class CardTemplate {
  private final SiteConfig config;
  private final CardFields fields;
  private final FieldText text;

  public CardTemplate(SiteConfig config) {
    this.config = config;
    this.fields = new CardFields(config);
    this.text = fields.text();
  }

  /**
   * @param today the 'published' date, or null to leave it for the author
   */
  public String of(CardType type, String title, LocalDate today) {
    StringBuilder s = new StringBuilder("---\n");
    comment(s, "", text.get("template.header"));
    comment(s, "", text.get("template.check"));
    String titleField = fields.titleOf(type).name();
    for (Field f : fields.of(type)) {
      s.append('\n');
      comment(
          s,
          "",
          f.label() + " (" + text.get(f.required() ? "required" : "optional") + "): " + f.help());
      if (!f.choices().isEmpty()) {
        comment(s, "", text.get("template.values"));
        for (Choice c : f.choices()) {
          String line = "  " + c.key() + " = " + c.label();
          if (!c.description().isEmpty()) line += ": " + c.description();
          comment(s, "", line);
        }
      }
      s.append(value(f, f.name().equals(titleField) ? title : null, today));
    }
    s.append("---\n");
    return s.append(body(type, true)).toString();
  }

  /**
   * The usual sections of a card's body, each with its help as an HTML comment (which the site does
   * not show) when {@code help} is set.
   */
  public String body(CardType type, boolean help) {
    StringBuilder s = new StringBuilder();
    for (String[] section : sections(type)) {
      s.append("\n## ").append(section[0]).append("\n\n");
      if (help) s.append("<!-- ").append(section[1]).append(" -->\n");
    }
    return s.toString();
  }

  /**
   * @param title the card's title when {@code f} is the field that names the card, else null
   */
  private String value(Field f, String title, LocalDate today) {
    String n = f.name();
    return switch (f.kind()) {
      case TEXT -> title != null ? n + ": " + quote(title) + "\n" : n + ":\n";
      case DATE -> n.equals("published") && today != null ? n + ": " + today + "\n" : n + ":\n";
      case FLAG -> n + ": false\n";
      case MANY_OF, TEXT_LIST, SLUGS, LINKS, ATTACHMENTS ->
          f.required() ? n + ":\n" : example(f) + n + ": []\n";
      case CONTACT -> n + ":\n  name:\n  email:\n  url:\n";
      case IMAGE -> example(f) + n + ":\n";
      default -> n + ":\n";
    };
  }

  private String example(Field f) {
    String e =
        switch (f.kind()) {
          case LINKS -> "  - title: ...\n    url: https://...";
          case ATTACHMENTS -> "  - file: kijkwijzer.pdf\n    title: ...";
          case IMAGE -> "  file: foto.jpg\n  alt: ...";
          case TEXT_LIST -> "  - ...";
          default -> null;
        };
    if (e == null) return "";
    StringBuilder s = new StringBuilder();
    comment(s, "", text.get("template.example") + " " + f.name() + ":");
    for (String line : e.split("\n")) comment(s, "", line);
    return s.toString();
  }

  /**
   * The body's sections: those site.yaml declares for the type (a required one says so in its
   * help), else the usual ones.
   */
  private List<String[]> sections(CardType type) {
    List<Section> declared = config.sections(type.id());
    String lang = config.language();
    if (!declared.isEmpty()) {
      return declared.stream()
          .map(
              s -> {
                String help = s.help().in(lang);
                if (s.required()) help = "(" + text.get("required") + ") " + help;
                return new String[] {s.heading().in(lang), help.strip()};
              })
          .toList();
    }
    return usualSections(type).stream()
        .map(k -> new String[] {text.get("section." + k), text.get("section." + k + ".help")})
        .toList();
  }

  /** The keys of a type's usual sections ({@code section.<key>} in the field texts). */
  List<String> usualSections(CardType type) {
    return switch (type) {
      case PRACTICE -> List.of("what", "who", "why", "how");
      case RECOMMENDATION -> List.of("advice");
      case PAGE -> List.of("page");
      case ORGANISATION -> List.of(); // a free text about the organisation
      case EVENT -> List.of(); // the programme, free text
    };
  }

  private static void comment(StringBuilder s, String indent, String line) {
    s.append(indent).append("# ").append(line).append('\n');
  }

  /** A YAML double-quoted string: only backslash and double quote need escaping. */
  static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
