package org.stek.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * One card's Markdown body: 250–900 words (most near 450) in 4–6 of the usual {@code ##} sections,
 * 1–3 paragraphs each, one bullet list, a few bold or italic words and sometimes a link.
 */
final class CorpusBody {
  private final Random rng;
  private final CorpusWords words;

  CorpusBody(Random rng, CorpusWords words) {
    this.rng = rng;
    this.words = words;
  }

  String body() {
    int target = (int) triangular(250, 900, 450);
    int k = 4 + rng.nextInt(3);
    List<Integer> all =
        new ArrayList<>(IntStream.range(0, CorpusVocabulary.HEADINGS.size()).boxed().toList());
    java.util.Collections.shuffle(all, rng);
    List<Integer> heads = all.subList(0, k).stream().sorted().toList();
    int listAt = rng.nextInt(k);
    List<List<String>> items = new ArrayList<>();
    for (int i = 3 + rng.nextInt(4); i > 0; i--) items.add(words.draw(3 + rng.nextInt(7)));
    int fixed = 0;
    for (int h : heads) fixed += CorpusVocabulary.HEADINGS.get(h).split(" ").length;
    for (List<String> item : items) fixed += item.size();
    int budget = target - fixed;
    int[] parasPer = new int[k];
    for (int i = 0; i < k; i++) parasPer[i] = 1 + rng.nextInt(3);
    while (IntStream.of(parasPer).sum() * 12 > budget) parasPer[argmax(parasPer)]--;
    int n = IntStream.of(parasPer).sum();
    double[] weights = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) sum += weights[i] = 0.6 + 0.8 * rng.nextDouble();
    int[] sizes = new int[n];
    for (int i = 0; i < n; i++) sizes[i] = Math.max(12, (int) (budget * weights[i] / sum));
    sizes[argmax(sizes)] += budget - IntStream.of(sizes).sum();
    List<List<String>> paras = new ArrayList<>();
    for (int size : sizes) paras.add(prose(size));
    decorate(paras);
    List<String> out = new ArrayList<>();
    int p = 0;
    for (int s = 0; s < k; s++) {
      out.add("## " + CorpusVocabulary.HEADINGS.get(heads.get(s)) + "\n");
      for (int j = 0; j < parasPer[s]; j++) {
        out.add(String.join(" ", paras.get(p++)) + "\n");
        if (s == listAt && j == 0) {
          List<String> lines = items.stream().map(it -> "- " + String.join(" ", it)).toList();
          out.add(String.join("\n", lines) + "\n");
        }
      }
    }
    return String.join("\n", out);
  }

  /** Sentences of 6–20 words adding up to exactly {@code n} words. */
  List<String> prose(int n) {
    List<String> out = new ArrayList<>();
    while (n > 0) {
      int len = 6 + rng.nextInt(15);
      if (n - len < 4) len = n;
      out.addAll(sentence(len));
      n -= len;
    }
    return out;
  }

  private List<String> sentence(int n) {
    List<String> s = words.draw(n);
    if (n > 8 && rng.nextDouble() < 0.35) {
      int i = 3 + rng.nextInt(n - 6);
      s.set(i, s.get(i) + ",");
    }
    String first = s.get(0);
    s.set(0, first.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + first.substring(1));
    double r = rng.nextDouble();
    s.set(n - 1, s.get(n - 1) + (r < 0.04 ? "?" : r < 0.06 ? "!" : "."));
    return s;
  }

  /** A few bold or italic words and maybe one link; the number of words stays the same. */
  private void decorate(List<List<String>> paras) {
    for (int i = 2 + rng.nextInt(4); i > 0; i--) {
      List<String> para = paras.get(rng.nextInt(paras.size()));
      int at = rng.nextInt(para.size());
      String w = para.get(at);
      String core = w.replaceAll("[.,?!]+$", "");
      if (core.isEmpty() || core.startsWith("*") || core.startsWith("_") || core.startsWith("["))
        continue;
      String mark = rng.nextDouble() < 0.6 ? "**" : "_";
      para.set(at, mark + core + mark + w.substring(core.length()));
    }
    if (rng.nextDouble() < 0.35) {
      List<String> para = paras.get(rng.nextInt(paras.size()));
      int at = rng.nextInt(para.size() - 1);
      if (plain(para.get(at)) && plain(para.get(at + 1))) {
        String target = CorpusCards.slugify(para.get(at + 1));
        para.set(at, "[" + para.get(at));
        para.set(
            at + 1,
            para.get(at + 1)
                + "](https://example.org/"
                + (target.isEmpty() ? "info" : target)
                + ")");
      }
    }
  }

  /** Neither marked up nor ending a sentence or clause. */
  private static boolean plain(String w) {
    return !(w.startsWith("*") || w.startsWith("_") || w.startsWith("[") || w.matches(".*[.,?!]$"));
  }

  private double triangular(double low, double high, double mode) {
    double u = rng.nextDouble();
    double c = (mode - low) / (high - low);
    if (u > c) return high + (low - high) * StrictMath.sqrt((1 - u) * (1 - c));
    return low + (high - low) * StrictMath.sqrt(u * c);
  }

  private static int argmax(int[] a) {
    int best = 0;
    for (int i = 1; i < a.length; i++) if (a[i] > a[best]) best = i;
    return best;
  }
}
