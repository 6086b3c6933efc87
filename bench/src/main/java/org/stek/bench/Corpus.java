package org.stek.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A benchmark knowledge base: the cards {@link CorpusCards} makes, plus a {@code site.yaml}
 * defining exactly the taxonomy values those cards use. {@link #forPeers} puts the same cards where
 * the peers' scripts ({@code run-peers.sh}) build them, so Stek and its peers build the very same
 * cards.
 */
public final class Corpus {
  /** Card fields that hold taxonomy values, and whether they are lists. */
  private static final Map<String, Boolean> TAXONOMY_FIELDS =
      Map.of("themes", true, "target_groups", true, "school_levels", true, "region", false);

  private Corpus() {}

  /**
   * Writes {@code cards} cards for {@code seed} into {@code dir/content/practices} (replacing the
   * cards there), then site.yaml. Returns the content folder.
   */
  public static Path generate(int cards, long seed, Path dir) throws IOException {
    Path content = dir.resolve("content");
    Path practices = content.resolve("practices");
    Files.createDirectories(practices);
    for (Path old : markdown(practices)) Files.delete(old);
    CorpusCards maker = new CorpusCards(seed);
    for (int i = 0; i < cards; i++) {
      CorpusCards.Card card = maker.next();
      Files.writeString(
          practices.resolve(card.slug() + ".md"), card.text(), StandardCharsets.UTF_8);
    }
    writeSiteYaml(content);
    return content;
  }

  /**
   * Links (or copies) the cards of {@code content} into {@code peers/corpus-N/practices}, the
   * folder {@code run-peers.sh N} builds when it holds N cards ({@code peers} is its {@code
   * $KB_BENCH}). Returns that corpus folder.
   */
  public static Path forPeers(Path content, Path peers) throws IOException {
    List<Path> cards = markdown(content.resolve("practices"));
    Path corpus = peers.resolve("corpus-" + cards.size());
    Path practices = corpus.resolve("practices");
    Files.createDirectories(practices);
    for (Path old : markdown(practices)) Files.delete(old);
    for (Path card : cards) {
      Path to = practices.resolve(card.getFileName().toString());
      try {
        Files.createLink(to, card);
      } catch (IOException | UnsupportedOperationException e) {
        Files.copy(card, to); // another file system
      }
    }
    return corpus;
  }

  private static List<Path> markdown(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(f -> f.toString().endsWith(".md")).sorted().toList();
    }
  }

  /** Copies a content folder (and everything in it) into {@code to}, emptied first. */
  public static void copy(Path from, Path to) throws IOException {
    if (Files.exists(to)) {
      try (java.util.stream.Stream<Path> s = Files.walk(to)) {
        for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
      }
    }
    try (java.util.stream.Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(t);
        else Files.copy(p, t);
      }
    }
  }

  static void writeSiteYaml(Path content) throws IOException {
    Map<String, TreeSet<String>> values = new TreeMap<>();
    TreeSet<String> countries = new TreeSet<>();
    TAXONOMY_FIELDS.keySet().forEach(k -> values.put(k, new TreeSet<>()));
    for (Path card : markdown(content.resolve("practices"))) {
      int fences = 0;
      for (String line : Files.readAllLines(card, StandardCharsets.UTF_8)) {
        if (line.equals("---") && ++fences == 2) break; // only the front matter
        int colon = line.indexOf(':');
        if (colon < 0) continue;
        String key = line.substring(0, colon);
        String value = line.substring(colon + 1).trim();
        if (key.equals("country")) countries.add(value);
        Boolean list = TAXONOMY_FIELDS.get(key);
        if (list == null) continue;
        for (String v : value.replaceAll("[\\[\\]\"']", "").split(",")) {
          if (!v.isBlank()) values.get(key).add(v.trim());
        }
      }
    }
    StringBuilder y = new StringBuilder();
    y.append("title: Benchmark\nlanguage: nl\ncountries:\n");
    for (String c : countries)
      y.append("  ").append(c).append(": {nl: ").append(c).append(", en: ").append(c).append("}\n");
    y.append("taxonomies:\n");
    for (var e : values.entrySet()) {
      String tax = e.getKey().equals("region") ? "regions" : e.getKey();
      y.append("  ")
          .append(tax)
          .append(":\n    label: {nl: ")
          .append(label(tax))
          .append(", en: ")
          .append(label(tax))
          .append("}\n");
      if (e.getKey().equals("region")) y.append("    field: region\n    multiple: false\n");
      y.append("    values:\n");
      for (String v : e.getValue()) {
        y.append("      - {key: ")
            .append(v)
            .append(", label: {nl: \"")
            .append(label(v))
            .append("\", en: \"")
            .append(label(v))
            .append("\"}, description: \"")
            .append(label(v))
            .append(".\"}\n");
      }
    }
    y.append("ratings:\n");
    for (String r : List.of("reach", "recurrence")) {
      y.append("  ")
          .append(r)
          .append(":\n    label: {nl: ")
          .append(r.equals("reach") ? "Bereik" : "Terugkerend")
          .append(", en: ")
          .append(label(r))
          .append("}\n    levels:\n");
      for (int i = 1; i <= 4; i++)
        y.append("      - {level: ")
            .append(i)
            .append(", label: {nl: \"")
            .append(i)
            .append("\"}, description: \"Niveau ")
            .append(i)
            .append(".\"}\n");
    }
    Files.writeString(content.resolve("site.yaml"), y.toString(), StandardCharsets.UTF_8);
  }

  private static String label(String key) {
    String s = key.replace('-', ' ').replace('_', ' ');
    return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
