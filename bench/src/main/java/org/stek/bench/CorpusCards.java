package org.stek.bench;

import static org.stek.bench.CorpusVocabulary.*;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Makes the benchmark's practice cards one after another, deterministic for a seed: the front
 * matter a real card has (title, summary, themes, organisation, place, target groups, school
 * levels, ratings, date) and a Dutch-like body of 250–900 words in 4–6 sections of 1–3 paragraphs,
 * with a bullet list, some emphasis and sometimes a link. Sentences have 6–20 words; the words come
 * from {@link CorpusWords}. A port of {@code make-corpus.py}'s cards, without its word list.
 */
final class CorpusCards {
  /** One card: its slug (the file name) and its text. */
  record Card(String slug, String text) {}

  private static final long FIRST_DAY = LocalDate.of(2015, 1, 1).toEpochDay();
  private static final long LAST_DAY = LocalDate.of(2026, 10, 31).toEpochDay();

  private final Random rng;
  private final CorpusWords words;
  private final Set<String> slugs = new HashSet<>();

  CorpusCards(long seed) {
    this(seed, 60_000);
  }

  CorpusCards(long seed, int tailWords) {
    rng = new Random(seed);
    words = new CorpusWords(rng, seed, tailWords);
  }

  Card next() {
    List<String> regions = List.copyOf(REGIONS.keySet());
    String region = pick(regions);
    Region r = REGIONS.get(region);
    String town = pick(r.towns());
    String title = title(town);
    String org = organisation(town);
    String summary = summary(town, org);
    List<String> themes = pickSome(THEMES, new double[] {4, 4, 2}, themeWeights());
    List<String> groups = pickSome(TARGET_GROUPS, new double[] {4, 4, 2}, null);
    List<String> levels =
        pickSome(SCHOOL_LEVELS, new double[] {6, 4}, new double[] {3, 5, 4, 1.5, 1});
    LocalDate published =
        LocalDate.ofEpochDay(FIRST_DAY + rng.nextInt((int) (LAST_DAY - FIRST_DAY + 1)));
    String body = new CorpusBody(rng, words).body();
    String slug = uniqueSlug(title, town);
    String front =
        String.join(
            "\n",
            "---",
            "title: \"" + title + "\"",
            "summary: \"" + summary + "\"",
            "themes: " + yamlList(themes),
            "organisation: \"" + org + "\"",
            "municipality: \"" + town + "\"",
            "region: " + region,
            "country: " + r.country(),
            "target_groups: " + yamlList(groups),
            "school_levels: " + yamlList(levels.stream().sorted(byIndex(SCHOOL_LEVELS)).toList()),
            "reach: " + (1 + rng.nextInt(4)),
            "recurrence: " + (1 + rng.nextInt(4)),
            "published: " + published,
            "---",
            "");
    return new Card(slug, front + body);
  }

  private String title(String town) {
    while (true) {
      String act = pick(ACTIVITIES);
      String t =
          switch (rng.nextInt(6)) {
            case 0 -> act + " " + pick(AUDIENCES);
            case 1 -> act + " " + pick(AUDIENCES) + " " + pick(PLACES);
            case 2 -> act + " " + pick(PLACES);
            case 3 -> pick(SLOGANS) + ": " + act.toLowerCase(Locale.ROOT) + " " + pick(AUDIENCES);
            case 4 -> "Hoe " + town + " " + pick(VERB_PHRASES);
            default -> act + " in " + town;
          };
      int n = t.split(" ").length;
      if (n >= 3 && n <= 8) return t;
    }
  }

  private String organisation(String town) {
    if (rng.nextDouble() < 0.55) return pick(ORG_PREFIXES) + " " + pick(SCHOOL_NAMES);
    return pick(ORG_OF_TOWN) + " " + town;
  }

  private String summary(String town, String org) {
    String opener =
        pick(SUMMARY_OPENERS)
            .replace("{town}", town)
            .replace("{org}", org)
            .replace("{aud}", pick(SUMMARY_AUDIENCES));
    List<String> out = new ArrayList<>(List.of(opener.split(" ")));
    int total = 15 + rng.nextInt(16);
    out.addAll(words.draw(Math.max(total - out.size(), 3)));
    out.set(out.size() - 1, out.get(out.size() - 1).replaceAll(",$", "") + ".");
    return String.join(" ", out);
  }

  /** 1 to {@code counts.length} distinct items, how many drawn by {@code counts}' weights. */
  private List<String> pickSome(List<String> items, double[] counts, double[] weights) {
    int k = 1 + weighted(counts);
    List<String> chosen = new ArrayList<>();
    while (chosen.size() < k) {
      String c = items.get(weights == null ? rng.nextInt(items.size()) : weighted(weights));
      if (!chosen.contains(c)) chosen.add(c);
    }
    if (weights != null) chosen.sort(byIndex(items));
    return chosen;
  }

  private int weighted(double[] weights) {
    double total = 0;
    for (double w : weights) total += w;
    double x = rng.nextDouble() * total;
    for (int i = 0; i < weights.length - 1; i++) if ((x -= weights[i]) < 0) return i;
    return weights.length - 1;
  }

  private static double[] themeWeights() {
    double[] w = new double[THEMES.size()];
    for (int i = 0; i < w.length; i++) w[i] = 1.0 / (i + 2);
    return w;
  }

  private String uniqueSlug(String title, String town) {
    String base = slugify(title);
    String slug = base;
    for (int n = 2; !slugs.add(slug); n++)
      slug = base + "-" + slugify(town) + (n == 2 ? "" : "-" + (n - 1));
    return slug;
  }

  /** Lower-case ASCII letters and digits, runs of anything else one dash. */
  static String slugify(String text) {
    String ascii =
        Normalizer.normalize(text, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT);
    return ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }

  private String pick(List<String> from) {
    return from.get(rng.nextInt(from.size()));
  }

  private static java.util.Comparator<String> byIndex(List<String> order) {
    return java.util.Comparator.comparingInt(order::indexOf);
  }

  private static String yamlList(List<String> items) {
    return items.stream().collect(Collectors.joining(", ", "[", "]"));
  }
}
