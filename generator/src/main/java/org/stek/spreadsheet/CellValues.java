package org.stek.spreadsheet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stek.config.Label;
import org.stek.config.RatingLevel;
import org.stek.config.RatingScale;
import org.stek.config.SiteConfig;
import org.stek.config.Taxonomy;
import org.stek.config.TaxonomyValue;
import org.stek.report.Suggestions;
import org.stek.schema.Field;
import org.stek.schema.Field.Choice;

/**
 * A cell's text as a front-matter value, written as people write it in a spreadsheet: taxonomy
 * values as keys or labels in any case, several in one cell; ratings as "2", "2 op 4" or the
 * level's name; dates as {@link SheetDates} reads them. Each value is checked as {@code stek check}
 * checks the card, so what is imported passes it.
 */
final class CellValues {
  /** One link of the card: "Title https://...", "Title: https://..." or "[Title](https://...)". */
  record Link(String title, String url) {}

  static final int LONG_SUMMARY = 300;
  private static final Pattern LIST_SEPARATOR = Pattern.compile("[,;\n]");
  private static final Pattern LINE_SEPARATOR = Pattern.compile("[;\n]");
  private static final Pattern RATING =
      Pattern.compile("(\\d+)(?:[.,]0+)?(?:\\s*(?:op|of|/|van|out of)\\s*(\\d+))?");
  private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[(.+)]\\((\\S+)\\)");
  private static final Pattern URL = Pattern.compile("(?:https?://|mailto:)[^\\s<>\"]+");
  static final Pattern EMAIL = Pattern.compile("[^@\\s<>(),;]+@[^@\\s<>(),;]+\\.[^@\\s<>(),;]+");

  private final SheetDates dates;
  private final LocalDate today;

  /** Per field, each value's key and its labels in Dutch and English (normalised) → the key. */
  private final Map<String, Map<String, String>> names = new HashMap<>();

  /** The values no cell could name, gathered for the lines that declare them. */
  final NewValues newValues;

  CellValues(SiteConfig config, LocalDate today) {
    this.newValues = new NewValues(config);
    this.dates = new SheetDates(config.language());
    this.today = today;
    for (Taxonomy t : config.taxonomies()) {
      for (TaxonomyValue v : t.values()) name(t.field(), v.key(), v.key(), v.label());
    }
    for (RatingScale s : config.ratings()) {
      for (RatingLevel l : s.levels()) name(s.key(), String.valueOf(l.level()), null, l.label());
    }
    config.countries().forEach((code, label) -> name("country", code, code, label));
  }

  private void name(String field, String key, String alias, Label label) {
    Map<String, String> m = names.computeIfAbsent(field, f -> new HashMap<>());
    if (alias != null) m.put(Names.normal(alias), key);
    for (String lang : List.of("nl", "en")) m.putIfAbsent(Names.normal(label.in(lang)), key);
  }

  /**
   * The value of a non-empty cell: a String, Integer, Boolean, LocalDate, a list of Strings or
   * {@link Link}s; null when the text is not one, with the problem reported at {@code at}.
   */
  Object value(Field f, String text, CellRef at) {
    String s = text.strip();
    return switch (f.kind()) {
      // practices have no URL or WHEN field; profiles and events are not imported
      case TEXT, URL, WHEN -> text(f, s, at);
      case TEXT_LIST ->
          LINE_SEPARATOR.splitAsStream(s).map(String::strip).filter(x -> !x.isEmpty()).toList();
      case DATE -> date(s, at);
      case YEAR -> year(s, at);
      case NUMBER -> whole(s, at);
      case FLAG -> flag(s, at);
      case ONE_OF -> oneOf(f, s, at);
      case MANY_OF -> manyOf(f, s, at);
      case RATING -> rating(f, s, at);
      case LINKS -> links(s, at);
      case CONTACT, SLUGS, IMAGE, ATTACHMENTS -> s;
    };
  }

  private static String text(Field f, String s, CellRef at) {
    String line = s.replaceAll("\\s*\n\\s*", " ");
    if (f.name().equals("summary") && line.length() > LONG_SUMMARY) {
      at.warning(
          "the summary is long (" + line.length() + " characters)",
          "keep it to one or two sentences, under " + LONG_SUMMARY + " characters");
    }
    return line;
  }

  private LocalDate date(String s, CellRef at) {
    LocalDate d = dates.parse(s);
    if (d == null) {
      at.error("'" + s + "' is not a date", "write it as " + dates.examples());
    } else if (d.isAfter(today)) {
      at.warning("the date " + d + " is in the future", "check the year");
    }
    return d;
  }

  private Integer year(String s, CellRef at) {
    Integer y = whole(s, at);
    if (y != null && (y < 1800 || y > today.getYear())) {
      at.error("'" + s + "' is not a year such as 2019", "the year the practice began");
      return null;
    }
    return y;
  }

  private static Integer whole(String s, CellRef at) {
    Matcher m = Pattern.compile("(\\d{1,9})(?:[.,]0+)?").matcher(s);
    if (m.matches()) return Integer.valueOf(m.group(1));
    at.error("'" + s + "' is not a whole number", "write a number such as 3");
    return null;
  }

  private static Boolean flag(String s, CellRef at) {
    switch (Names.normal(s)) {
      case "true", "ja", "yes", "x", "1", "waar", "concept" -> {
        return true;
      }
      case "false", "nee", "no", "0", "onwaar" -> {
        return false;
      }
      default -> {
        at.error("'" + s + "' is not yes or no", "write ja or nee (yes or no)");
        return null;
      }
    }
  }

  private String oneOf(Field f, String s, CellRef at) {
    List<String> keys = manyOf(f, s, at);
    if (keys == null) return null;
    if (keys.size() > 1) {
      at.error("'" + f.name() + "' takes one value, found " + keys.size(), "keep one of: " + s);
      return null;
    }
    return keys.get(0);
  }

  /** Each value is a key or a label, any case, with or without accents. */
  private List<String> manyOf(Field f, String s, CellRef at) {
    Set<String> out = new LinkedHashSet<>();
    boolean ok = true;
    for (String part : LIST_SEPARATOR.split(s)) {
      String v = part.strip();
      if (v.isEmpty()) continue;
      String key = choice(f, v);
      if (key == null) {
        String hint = hint(f, v);
        if (hint == null || !hint.startsWith("did you mean")) newValues.add(f.name(), v, at.row());
        at.error("unknown value '" + v + "'", hint);
        ok = false;
      } else if (!out.add(key)) {
        at.warning("'" + v + "' is listed twice", "remove the second one");
      }
    }
    // In site.yaml's order, as the card's pages list them.
    return ok ? f.choices().stream().map(Choice::key).filter(out::contains).toList() : null;
  }

  /** The key of the value named {@code v}: a key, or a label in either language. */
  private String choice(Field f, String v) {
    String n = Names.normal(v);
    for (Choice c : f.choices()) {
      if (c.key().equals(v) || Names.normal(c.key()).equals(n)) return c.key();
    }
    return names.getOrDefault(f.name(), Map.of()).get(n);
  }

  private static String hint(Field f, String v) {
    List<String> labels = f.choices().stream().map(Choice::label).toList();
    String near = Suggestions.closest(Names.normal(v), labels.stream().map(Names::normal).toList());
    if (near != null) {
      for (String l : labels) if (Names.normal(l).equals(near)) return "did you mean '" + l + "'?";
    }
    return Suggestions.didYouMean(v, labels);
  }

  private Integer rating(Field f, String s, CellRef at) {
    Matcher m = RATING.matcher(s.toLowerCase(java.util.Locale.ROOT));
    int max = f.choices().size();
    if (m.matches()) {
      int level = Integer.parseInt(m.group(1));
      if (m.group(2) != null && Integer.parseInt(m.group(2)) != max) {
        at.error(
            "'" + s + "' counts to " + m.group(2) + ", but the scale has " + max + " levels",
            "write a level from 1 to " + max);
        return null;
      }
      if (level < 1 || level > max) {
        at.error("'" + s + "' is outside the scale 1.." + max, "write a level from 1 to " + max);
        return null;
      }
      return level;
    }
    String key = choice(f, s);
    if (key != null) return Integer.valueOf(key);
    at.error(
        "'" + s + "' is not a level of " + f.label(),
        hint(f, s) + " (or a number from 1 to " + max + ")");
    return null;
  }

  private static List<Link> links(String s, CellRef at) {
    List<Link> out = new ArrayList<>();
    for (String line : s.split("\n")) {
      String l = line.strip();
      if (l.isEmpty()) continue;
      Matcher md = MARKDOWN_LINK.matcher(l);
      Matcher url = URL.matcher(l);
      if (md.matches() && URL.matcher(md.group(2)).matches()) {
        out.add(new Link(md.group(1).strip(), md.group(2)));
      } else if (url.find()) {
        String title =
            (l.substring(0, url.start()) + l.substring(url.end()))
                .strip()
                .replaceAll("^[-:|–]+|[-:|–(]+$", "")
                .strip();
        if (title.isEmpty()) {
          at.error(
              "the link " + url.group() + " has no title",
              "write its title before the address, e.g. Meer info " + url.group());
          return null;
        }
        out.add(new Link(title, url.group()));
      } else {
        at.error(
            "'" + l + "' has no web address",
            "write one link per line: its title, then https://...");
        return null;
      }
    }
    return out;
  }
}
