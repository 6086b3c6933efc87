package org.stek.render;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The theme's UI strings for the site's language ({@code i18n/messages_<lang>.properties}, UTF-8),
 * exposed to templates as {@code msg(key, args...)} with {@link MessageFormat} patterns.
 */
public final class Messages implements TemplateMethodModelEx {
  private final Properties strings = new Properties();
  private final Locale locale;

  public Messages(Path themeDir, String language) throws IOException {
    this.locale = Locale.forLanguageTag(language);
    Path file = themeDir.resolve("i18n/messages_" + language + ".properties");
    if (!Files.exists(file)) file = themeDir.resolve("i18n/messages_nl.properties");
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      strings.load(r);
    }
  }

  public String get(String key, Object... args) {
    String pattern = strings.getProperty(key);
    if (pattern == null)
      throw new IllegalArgumentException("no UI string '" + key + "' in the theme's i18n bundle");
    if (args.length == 0 && !pattern.contains("''")) return pattern;
    // A MessageFormat parses its pattern when made, and may not be shared between threads: each
    // thread keeps the ones it made (a site formats some strings on every page).
    return formats.get().computeIfAbsent(key, k -> new MessageFormat(pattern, locale)).format(args);
  }

  private final ThreadLocal<Map<String, MessageFormat>> formats =
      ThreadLocal.withInitial(HashMap::new);

  @Override
  public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
    if (arguments.isEmpty()) throw new TemplateModelException("msg needs a key");
    String key = ((TemplateScalarModel) arguments.get(0)).getAsString();
    Object[] args = new Object[arguments.size() - 1];
    for (int i = 1; i < arguments.size(); i++) {
      Object a = arguments.get(i);
      if (a instanceof TemplateNumberModel n) args[i - 1] = n.getAsNumber();
      else if (a instanceof TemplateScalarModel s) args[i - 1] = s.getAsString();
      else args[i - 1] = String.valueOf(a);
    }
    try {
      return get(key, args);
    } catch (IllegalArgumentException e) {
      throw new TemplateModelException(e.getMessage());
    }
  }

  /** Equal for the same strings in the same language: pages made with either are the same. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Messages m && m.locale.equals(locale) && m.strings.equals(strings);
  }

  @Override
  public int hashCode() {
    return strings.hashCode();
  }
}
