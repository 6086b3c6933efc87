package org.stek.report;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean ...?" hints: the closest known name by edit distance, if it is close enough. */
public final class Suggestions {
  private Suggestions() {}

  /** A hint naming the closest candidate, or listing the candidates when none is close. */
  public static String didYouMean(String wrong, Collection<String> known) {
    String best = closest(wrong, known);
    if (best != null) return "did you mean '" + best + "'?";
    if (known.isEmpty()) return null;
    if (known.size() <= 12) return "expected one of: " + String.join(", ", known);
    return null;
  }

  public static String closest(String wrong, Collection<String> known) {
    String w = wrong.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      int d = distance(w, k.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = k;
      }
    }
    int allowed = Math.max(1, Math.min(3, w.length() / 3));
    return bestDistance <= allowed ? best : null;
  }

  /** Levenshtein distance, two rows. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
