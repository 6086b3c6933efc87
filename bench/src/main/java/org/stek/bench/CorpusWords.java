package org.stek.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of the benchmark corpus, drawn as prose draws them: two fifths of all tokens from about
 * 160 Dutch function words, a fifth from about 200 domain words, the rest from a long tail of
 * Dutch-looking words (made from Dutch syllables, suffixes and compounds of the domain words), each
 * group ranked and sampled with a Zipf–Mandelbrot law, so a few words are very common and most are
 * rare, as in a real knowledge base. Nothing is read from the machine: the same seed gives the same
 * words everywhere.
 */
final class CorpusWords {
  static final List<String> FUNCTION_WORDS =
      words(
          """
          de het een en van in is dat op te die voor met zijn niet er aan om ook als
          bij worden of door wordt naar maar ze we hun deze dit kan meer zo tot nog
          heeft hebben over uit wat wel dan al geen werd zich onder tegen na moet
          kunnen veel waar hoe wie omdat zodat want daarom samen elke iedereen alle
          andere eigen nieuwe goed groot klein vaak soms altijd steeds echt zelf toch
          even eerst daarna ons onze jullie haar hem hen mij u jij wij zij men
          zeer heel vooral tijdens zonder tussen binnen buiten sinds vanaf rond
          per welke hier daar nu dus ofwel maken doen gaan komen krijgen geven
          zien willen zullen mogen blijven staan liggen vinden weten denken leren
          """);

  static final List<String> CONTENT_WORDS =
      words(
          """
          leerkrachten school ouders kinderen leerlingen klas project samenwerking
          taal onderwijs jongeren gezinnen buurt gemeente stad scholen team directie
          aanpak ervaring begeleiding ondersteuning kansen gelijke toegang welzijn
          armoede meertaligheid diversiteit inclusie gender pesten zorg netwerk
          partners vrijwilligers activiteiten workshop sessies gesprekken ouderavond
          huiswerk lezen schrijven rekenen spel sport cultuur muziek natuur
          speelplaats bibliotheek opvang kleuters nieuwkomers thuistaal nederlands
          vertrouwen contact drempel drempels betrokkenheid participatie succes
          resultaten evaluatie doelen doel plan jaar week dag maand schooljaar
          middag avond ochtend lessen les opleiding vorming coaching mentor
          leerlingenraad ouderraad clb zorgcoördinator directeur coördinator
          organisatie vzw stichting wijk wijkcentrum huis thuis familie moeders
          vaders grootouders broers zussen vrienden groep groepen rol rollen
          materiaal boeken computer laptops digitale online kosten budget middelen
          subsidie financiering tijd ruimte plek plaats lokaal gebouw kansarme
          kwetsbare sociale emotionele ontwikkeling talent talenten sterktes
          motivatie zelfvertrouwen respect veiligheid gezondheid voeding ontbijt
          fruit water beweging rust aandacht signalen problemen oplossingen
          vragen antwoorden ideeën verhalen voorbeelden praktijk methode
          instrument checklist onderzoek gegevens cijfers impact effect
          verandering beleid visie missie waarden afspraken regels
          """);

  /** Word stems for compounds: the first part of a Dutch compound, as in "schoolbibliotheek". */
  private static final List<String> COMPOUND_HEADS =
      words(
          """
          school ouder kinder leer taal wijk buurt huis spel sport zorg klas lees
          reken jeugd gezins stads werk vrije zomer week dag avond team groep
          """);

  private static final String[] ONSETS = {
    "", "", "b", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z",
    "bl", "br", "dr", "fl", "fr", "gl", "gr", "kl", "kn", "kr", "pl", "pr", "sch", "schr", "sl",
    "sm", "sn", "sp", "spr", "st", "str", "tr", "tw", "vl", "vr", "zw"
  };
  private static final String[] VOWELS = {
    "a", "e", "i", "o", "u", "a", "e", "e", "o", "aa", "ee", "oo", "uu", "ie", "oe", "eu", "ui",
    "ei", "ij", "ou", "au", "é", "ë"
  };
  private static final String[] CODAS = {
    "", "", "", "k", "l", "m", "n", "n", "p", "r", "r", "s", "t", "t", "ch", "ft", "ld", "lk", "lp",
    "lt", "nd", "ng", "nk", "ns", "nt", "rd", "rf", "rg", "rk", "rm", "rn", "rp", "rs", "rt", "st",
    "cht", "ks"
  };
  private static final String[] SUFFIXES = {
    "", "", "", "", "en", "er", "ing", "heid", "lijk", "ig", "je", "tje", "baar", "schap", "isch",
    "te", "de", "ers", "eren", "ingen"
  };

  /** Keeps coarse words out of the made-up tail, as make-corpus.py kept them out of its list. */
  private static final Pattern BLOCKED =
      Pattern.compile(
          "neuk|hoer|kut|lul|stront|sperma|porno|klootz|flikker|nikker|neger|mongool|tyfus|kanker"
              + "|^tering|seks|geil|pik$|reet");

  private final String[] words;
  private final double[] cumulative;
  private final Random rng;

  /**
   * The distribution for {@code seed}; {@code tail} is the number of made-up words in the long tail
   * (60,000 gives a thousand cards some 40,000 distinct words in 540,000, about what Debian's Dutch
   * word list gave make-corpus.py).
   */
  CorpusWords(Random rng, long seed, int tail) {
    this.rng = rng;
    List<String> longTail = tail(new Random(seed * 7919 + 1), tail);
    List<String> all = new ArrayList<>();
    List<Double> cum = new ArrayList<>();
    double base = 0;
    // Shares of all tokens: 42% function words, 20% domain words, 38% the long tail. Together
    // the frequencies fall as rank^-1.2 from rank 10 to 10,000, as in prose (make-corpus.py's
    // 50/22/28 split with its word list fell as rank^-1.4).
    Object[][] parts = {
      {FUNCTION_WORDS, 1.0, 1.5, 0.42},
      {CONTENT_WORDS, 0.9, 3.0, 0.20},
      {longTail, 1.0, 60.0, 0.38}
    };
    for (Object[] part : parts) {
      @SuppressWarnings("unchecked")
      List<String> ws = (List<String>) part[0];
      double[] z = zipfCumulative(ws.size(), (double) part[1], (double) part[2]);
      double scale = (double) part[3] / z[z.length - 1];
      all.addAll(ws);
      for (double c : z) cum.add(base + c * scale);
      base += (double) part[3];
    }
    words = all.toArray(String[]::new);
    cumulative = cum.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** {@code k} words drawn from the distribution. */
  List<String> draw(int k) {
    List<String> out = new ArrayList<>(k);
    double total = cumulative[cumulative.length - 1];
    for (int i = 0; i < k; i++) {
      int at = Arrays.binarySearch(cumulative, rng.nextDouble() * total);
      out.add(words[Math.min(at < 0 ? -at - 1 : at + 1, words.length - 1)]);
    }
    return out;
  }

  /** Cumulative Zipf–Mandelbrot weights 1/(rank+q)^s for ranks 1..n. */
  static double[] zipfCumulative(int n, double s, double q) {
    double[] cum = new double[n];
    double sum = 0;
    for (int r = 1; r <= n; r++) cum[r - 1] = sum += 1 / StrictMath.pow(r + q, s);
    return cum;
  }

  /** {@code n} distinct Dutch-looking words, none of the fixed ones, in a seed-dependent order. */
  static List<String> tail(Random rng, int n) {
    Set<String> fixed = new HashSet<>(FUNCTION_WORDS);
    fixed.addAll(CONTENT_WORDS);
    Set<String> out = new LinkedHashSet<>();
    while (out.size() < n) {
      String w = rng.nextInt(5) == 0 ? compound(rng) : made(rng);
      if (w.length() >= 3 && w.length() <= 18 && !fixed.contains(w) && !BLOCKED.matcher(w).find())
        out.add(w);
    }
    List<String> list = new ArrayList<>(out);
    Collections.shuffle(list, rng);
    return list;
  }

  private static String made(Random rng) {
    StringBuilder w = new StringBuilder();
    int syllables = 1 + rng.nextInt(3) + (rng.nextInt(4) == 0 ? 1 : 0);
    for (int i = 0; i < syllables; i++)
      w.append(pick(rng, ONSETS)).append(pick(rng, VOWELS)).append(pick(rng, CODAS));
    return w.append(pick(rng, SUFFIXES)).toString();
  }

  private static String compound(Random rng) {
    String head = COMPOUND_HEADS.get(rng.nextInt(COMPOUND_HEADS.size()));
    String rest =
        rng.nextBoolean() ? CONTENT_WORDS.get(rng.nextInt(CONTENT_WORDS.size())) : made(rng);
    return head + rest;
  }

  private static String pick(Random rng, String[] from) {
    return from[rng.nextInt(from.length)];
  }

  private static List<String> words(String text) {
    return List.of(text.trim().split("\\s+"));
  }
}
