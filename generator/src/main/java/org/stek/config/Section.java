package org.stek.config;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A part of a card's body that {@code site.yaml} declares for a card type, such as "Wat?" or "Hoe
 * werkt het precies?": a {@code ## heading} in the card, a text area in the form, a field in the
 * exports. Importers and other card kinds read them through {@link SiteConfig#sections(String)}.
 *
 * @param key names the section in the exports and the schema ({@code wat}, {@code doel})
 * @param heading the {@code ##} heading a card writes, per language
 * @param help what to write under it ("" when site.yaml gives none)
 */
public record Section(String key, Label heading, Label help, boolean required) {

  /** Whether a card's heading names this section, in any of its languages. */
  public boolean isHeading(String text) {
    String n = normal(text);
    return heading.byLanguage().values().stream().anyMatch(h -> normal(h).equals(n));
  }

  /**
   * A heading as it is compared: case, accents, inner spaces and closing punctuation do not count,
   * so "## Waarom" is the section "Waarom?".
   */
  public static String normal(String heading) {
    String s = Normalizer.normalize(heading, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    s = s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    return s.replaceAll("[\\s?:.!]+$", "");
  }
}
