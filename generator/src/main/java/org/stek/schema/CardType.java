package org.stek.schema;

import java.util.Arrays;
import java.util.Locale;

/** The kinds of card an author writes, each in its own folder of the content folder. */
public enum CardType {
  PRACTICE("practices"),
  RECOMMENDATION("recommendations"),
  PAGE("pages");

  private final String folder;

  CardType(String folder) {
    this.folder = folder;
  }

  /** The folder inside the content folder, e.g. {@code practices}. */
  public String folder() {
    return folder;
  }

  /**
   * The name in commands and file names: {@code practice}, {@code recommendation}, {@code page}.
   */
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

  public static CardType of(String id) {
    return Arrays.stream(values())
        .filter(t -> t.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no card type '" + id + "'"));
  }
}
