package org.stek.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated benchmark corpus: the same bytes for the same seed, the front matter the peers'
 * sites read, and text with the statistics of prose (see {@link GeneratedCorpusTest} for a
 * 2,000-card build of it).
 */
class CorpusTest {
  private static final Pattern FRONT =
      Pattern.compile(
          "---\ntitle: \"[^\"\n]+\"\nsummary: \"[^\"\n]+\"\nthemes: \\[[a-z, -]+]\n"
              + "organisation: \"[^\"\n]+\"\nmunicipality: \"[^\"\n]+\"\nregion: [a-z-]+\n"
              + "country: (BE|NL)\ntarget_groups: \\[[a-z, -]+]\nschool_levels: \\[[a-z, -]+]\n"
              + "reach: [1-4]\nrecurrence: [1-4]\npublished: 20(1[5-9]|2[0-6])-\\d\\d-\\d\\d\n---\n");

  @Test
  void theSameSeedGivesTheSameCardsAndAnotherSeedOthers(@TempDir Path dir) throws Exception {
    Path a = Corpus.generate(40, 7, dir.resolve("a"));
    Path b = Corpus.generate(40, 7, dir.resolve("b"));
    Path c = Corpus.generate(40, 8, dir.resolve("c"));
    assertEquals(files(a).keySet(), files(b).keySet());
    for (String name : files(a).keySet()) {
      assertArrayEquals(files(a).get(name), files(b).get(name), name);
    }
    assertNotEquals(files(a).keySet(), files(c).keySet());
    // Generating again over the same folder replaces the cards instead of adding to them.
    Corpus.generate(10, 7, dir.resolve("a"));
    assertEquals(11, files(a).size()); // 10 cards and site.yaml
  }

  @Test
  void everyCardHasTheFrontMatterAndSectionsOfAPractice() {
    CorpusCards maker = new CorpusCards(3, 20_000);
    for (int i = 0; i < 200; i++) {
      CorpusCards.Card card = maker.next();
      Matcher m = FRONT.matcher(card.text());
      assertTrue(m.lookingAt(), card.text());
      assertTrue(card.slug().matches("[a-z0-9]+(-[a-z0-9]+)*"), card.slug());
      String body = card.text().substring(m.end());
      long sections = body.lines().filter(l -> l.startsWith("## ")).count();
      assertTrue(sections >= 4 && sections <= 6, body);
      assertTrue(body.lines().anyMatch(l -> l.startsWith("- ")), "a bullet list");
      int words = 0;
      for (String line : body.lines().toList())
        if (!line.startsWith("## ") && !line.isBlank())
          words += line.replaceFirst("^- ", "").split(" ").length;
      assertTrue(words >= 230 && words <= 900, words + " words");
    }
  }

  /** Sentences of 4–23 words, 13 on average; paragraphs of at least 12 words. */
  @Test
  void sentencesAndParagraphsHaveTheLengthsOfProse() {
    CorpusCards maker = new CorpusCards(5, 20_000);
    List<Integer> sentences = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      String body = maker.next().text().split("\n---\n", 2)[1];
      for (String para : body.strip().split("\n\n")) {
        if (para.startsWith("## ") || para.startsWith("- ")) continue;
        assertTrue(para.split(" ").length >= 12, para);
        int n = 0;
        for (String w : para.strip().split(" ")) {
          n++;
          if (w.matches(".*[.?!](\\*\\*|_|\\)?)?$")) {
            sentences.add(n);
            n = 0;
          }
        }
        assertEquals(0, n, "a paragraph ends a sentence: " + para);
      }
    }
    assertTrue(sentences.stream().allMatch(n -> n >= 4 && n <= 23), sentences.toString());
    double mean = sentences.stream().mapToInt(Integer::intValue).average().orElse(0);
    assertTrue(mean > 11 && mean < 15, "mean sentence length " + mean);
  }

  /**
   * Word frequencies follow Zipf's law: frequency falls about as 1/rank (a log-log slope near -1.2
   * over ranks 10 to 1,000), and new words keep coming (a long tail of rare words).
   */
  @Test
  void wordFrequenciesFollowZipfsLaw() {
    CorpusCards maker = new CorpusCards(1);
    Map<String, Integer> counts = new HashMap<>();
    long tokens = 0;
    for (int i = 0; i < 300; i++) {
      String body = maker.next().text().split("\n---\n", 2)[1];
      for (String w : body.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
        if (w.isEmpty()) continue;
        counts.merge(w, 1, Integer::sum);
        tokens++;
      }
    }
    int[] freq = counts.values().stream().mapToInt(Integer::intValue).sorted().toArray();
    int[] byRank = new int[freq.length];
    for (int i = 0; i < freq.length; i++) byRank[i] = freq[freq.length - 1 - i];
    double slope = slope(byRank, 10, 1000);
    assertTrue(slope < -0.9 && slope > -1.35, "log-log slope " + slope);
    long once = Arrays.stream(freq).filter(f -> f == 1).count();
    assertTrue(counts.size() > tokens / 15, counts.size() + " distinct of " + tokens);
    assertTrue(once > counts.size() / 3, once + " words seen once of " + counts.size());
    assertTrue(byRank[0] > tokens / 40, "the commonest word is common: " + byRank[0]);
  }

  @Test
  void thePeersGetTheSameCards(@TempDir Path dir) throws Exception {
    Path content = Corpus.generate(12, 1, dir.resolve("stek"));
    Path peers = dir.resolve("kb-bench");
    Files.createDirectories(peers.resolve("corpus-12/practices"));
    Files.writeString(peers.resolve("corpus-12/practices/old.md"), "left from an earlier run");
    Path corpus = Corpus.forPeers(content, peers);
    assertEquals(peers.resolve("corpus-12"), corpus);
    Map<String, byte[]> ours = files(content.resolve("practices"));
    Map<String, byte[]> theirs = files(corpus.resolve("practices"));
    assertEquals(ours.keySet(), theirs.keySet());
    ours.forEach((name, bytes) -> assertArrayEquals(bytes, theirs.get(name), name));
    assertFalse(Files.exists(corpus.resolve("site.yaml")), "Hugo reads only the cards");
  }

  /** Least-squares slope of log(frequency) over log(rank) for ranks from..to. */
  private static double slope(int[] byRank, int from, int to) {
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    int n = 0;
    for (int r = from; r <= Math.min(to, byRank.length); r++, n++) {
      double x = Math.log(r), y = Math.log(byRank[r - 1]);
      sx += x;
      sy += y;
      sxx += x * x;
      sxy += x * y;
    }
    return (n * sxy - sx * sy) / (n * sxx - sx * sx);
  }

  private static Map<String, byte[]> files(Path dir) throws Exception {
    Map<String, byte[]> out = new java.util.TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).toList())
        out.put(dir.relativize(p).toString(), Files.readAllBytes(p));
    }
    return out;
  }
}
