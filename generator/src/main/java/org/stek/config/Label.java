package org.stek.config;

import java.util.Map;

/** A text in several languages, keyed by language code ({@code nl}, {@code en}). */
public record Label(Map<String, String> byLanguage) {
  public Label {
    byLanguage = Map.copyOf(byLanguage);
  }

  /** The text in {@code language}, falling back to Dutch, then to any. */
  public String in(String language) {
    String s = byLanguage.get(language);
    if (s == null) s = byLanguage.get("nl");
    if (s == null) s = byLanguage.values().stream().sorted().findFirst().orElse("");
    return s;
  }
}
