package org.stek.config;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The kinds of card an author writes, each in its own folder of the content folder: the one list of
 * them. {@code content.Card#type()} returns a constant's {@link #id()}, site.yaml's {@code
 * sections:} accepts the ids of those with {@link #sections()}, and the schema, {@code stek new}
 * and the contribute form have a switch over them that the compiler keeps complete.
 */
public enum CardType {
  PRACTICE("practices", true),
  RECOMMENDATION("recommendations", true),
  PAGE("pages", true),
  ORGANISATION("organisations", false),
  EVENT("events", false);

  private final String folder;
  private final boolean sections;

  CardType(String folder, boolean sections) {
    this.folder = folder;
    this.sections = sections;
  }

  /** The folder inside the content folder, e.g. {@code practices}. */
  public String folder() {
    return folder;
  }

  /**
   * Whether site.yaml may declare the sections of this type's body (a profile's page shows its body
   * whole, so it has none).
   */
  public boolean sections() {
    return sections;
  }

  /** The name in commands, site.yaml and file names: {@code practice}, {@code organisation}, ... */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The schema's file in the site, e.g. {@code schema/practice.schema.json}. */
  public String schemaUrl() {
    return "schema/" + id() + ".schema.json";
  }

  /** The same schema as a script that registers itself, for the contribute form (file://). */
  public String schemaScriptUrl() {
    return "schema/" + id() + ".schema.js";
  }

  /** The ids of the types whose sections site.yaml may declare. */
  public static List<String> withSections() {
    return Arrays.stream(values()).filter(CardType::sections).map(CardType::id).toList();
  }

  public static CardType of(String id) {
    return Arrays.stream(values())
        .filter(t -> t.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no card type '" + id + "'"));
  }
}
