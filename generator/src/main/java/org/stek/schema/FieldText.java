package org.stek.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/** Labels and help texts of card fields in the site's language (nl or en), UTF-8 properties. */
public final class FieldText {
  private final Properties strings = new Properties();
  private final Locale locale;

  public FieldText(String language) {
    this.locale = Locale.forLanguageTag(language);
    String name = "fields_" + (language.equals("en") ? "en" : "nl") + ".properties";
    try (InputStream in = FieldText.class.getResourceAsStream(name);
        Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      strings.load(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every text whose key starts with {@code prefix}, keyed without it. */
  public java.util.Map<String, String> all(String prefix) {
    java.util.Map<String, String> out = new java.util.TreeMap<>();
    for (String k : strings.stringPropertyNames()) {
      if (k.startsWith(prefix)) out.put(k.substring(prefix.length()), strings.getProperty(k));
    }
    return out;
  }

  /**
   * The text for {@code key} under {@code prefix} ("recommendation.title.help") if there is one.
   */
  public String specific(String prefix, String key) {
    String s = strings.getProperty(prefix + "." + key);
    return s != null ? s : get(key);
  }

  public String get(String key, Object... args) {
    String s = strings.getProperty(key);
    if (s == null) throw new IllegalArgumentException("no field text '" + key + "'");
    return args.length == 0 ? s : new MessageFormat(s, locale).format(args);
  }
}
