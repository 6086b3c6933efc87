package org.stek.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The query mix the browser engine is checked with, drawn from a site's own text. */
final class Queries {
  /** A query text and whether its last word is a prefix (as while typing). */
  record Query(String text, boolean prefix) {}

  private Queries() {}

  /** Texts that try the edges of analysis: inflections, diacritics, stop words, punctuation. */
  static final List<String> TRICKY =
      List.of(
          "",
          " ",
          "de het een",
          "De coördinatoren van de scholen",
          "COÖRDINATOR coordinator Coördinator",
          "leerkrachten leerkracht leerkrachtje",
          "fietsten fietsen gefietst",
          "kinderen kindje kinds",
          "ouders' ouder's",
          "auto's, foto's en menu's",
          "e-mail: info@school.be",
          "https://stek.example.org/practices/a.html",
          "2024 12,5 3.14 10-jarige",
          "naïef, café, crème, ĳs, ijs, IJsselmeer",
          "Straße æble œuvre",
          "  veel   spaties\tin\nregels  ",
          "!!!???...",
          "\"huiswerk maken\" op school",
          "onderwijs–cafe — gedachtestreepjes",
          "🙂 emoji en 日本語",
          "zeer-lange-woorden-met-streepjes-aan-elkaar",
          "x".repeat(300),
          "woord ".repeat(200),
          "Brussel Gent Antwerpen Rotterdam 's-Hertogenbosch",
          "ze zei: 'ja'",
          "hij/zij",
          "(haakjes) [blokhaken] {accolades}",
          "één twee drie",
          "meertaligheid meertalig meertalige",
          "gelijke onderwijskansen",
          "3,5 procent en 1.000.000 euro; 2;3",
          "jan:piet en a.b.c",
          "het kind’s boek, ouders’ betrokkenheid",
          "ひらがな カタカナ 한국어",
          "🇧🇪 vlag 👩‍🏫 juf",
          "ＡＢＣ１２３ ｓｃｈｏｏｌ．ｂｅ",
          "kind‘s “citaat” „Dutch quotes”");

  /** Lower-cased words of the documents, in order of first appearance. */
  static List<String> words(SearchIndex index) {
    Set<String> out = new LinkedHashSet<>();
    for (SearchDocument d : index.documents()) {
      for (SearchField f : SearchField.values()) {
        String text = d.field(f);
        for (String w : text.split("[^\\p{L}\\p{N}]+"))
          if (w.length() > 1) out.add(w.toLowerCase());
      }
    }
    return new ArrayList<>(out);
  }

  /**
   * {@code count} queries of one or two words of {@code vocabulary}, each word misspelt by one or
   * two random edits (a letter left out, added, changed, or two neighbours swapped); the same every
   * run.
   */
  static List<String> misspellings(List<String> vocabulary, int count) {
    java.util.Random random = new java.util.Random(19);
    List<String> out = new ArrayList<>();
    String letters = "abcdefghijklmnopqrstuvwxyz";
    while (out.size() < count && !vocabulary.isEmpty()) {
      StringBuilder w =
          new StringBuilder(vocabulary.get(random.nextInt(Math.min(vocabulary.size(), 3000))));
      int edits = 1 + random.nextInt(2);
      for (int e = 0; e < edits && w.length() > 2; e++) {
        int at = random.nextInt(w.length() - 1);
        switch (random.nextInt(4)) {
          case 0 -> w.deleteCharAt(at);
          case 1 -> w.insert(at, letters.charAt(random.nextInt(26)));
          case 2 -> w.setCharAt(at, letters.charAt(random.nextInt(26)));
          default -> {
            char c = w.charAt(at);
            w.setCharAt(at, w.charAt(at + 1));
            w.setCharAt(at + 1, c);
          }
        }
      }
      String q =
          out.size() % 4 == 3
              ? vocabulary.get(out.size() % vocabulary.size()) + " " + w
              : w.toString();
      out.add(out.size() % 10 == 9 ? q.toUpperCase() : q);
    }
    return out;
  }

  /** The queries of {@link #of(SearchIndex)}, with compound parts and the site's synonyms. */
  static List<Query> of(SearchIndex index, SynonymGraph synonyms) {
    List<Query> q = new ArrayList<>(of(index));
    // Parts of compounds that never stand alone in the text: found only through the parts field.
    Set<String> alone = new TreeSet<>(words(index));
    List<String> parts =
        index.words().keySet().stream().sorted().filter(w -> !alone.contains(w)).limit(30).toList();
    for (int i = 0; i < parts.size(); i++) {
      q.add(new Query(parts.get(i), false));
      if (i % 3 == 0) q.add(new Query(parts.get(i) + " " + alone.iterator().next(), false));
      if (i % 5 == 0) q.add(new Query("\"" + parts.get(i) + "\"", false));
    }
    for (String text :
        List.of(
            "docenten",
            "leraren school",
            "intern begeleider",
            "IB'er",
            "voortgezet onderwijs",
            "zorgcoördinator leraar",
            "ongelijkheid",
            "coördinator",
            "coaches basisschool")) {
      q.add(new Query(text, false));
    }
    for (List<List<Token>> group : synonyms.groups()) {
      for (List<Token> entry : group) {
        String text = String.join(" ", entry.stream().map(Token::term).toList());
        q.add(new Query(text, false));
        q.add(new Query("school " + text + " ouders", false));
        q.add(new Query("\"" + text + "\"", false));
        q.add(new Query(text + " " + text, true));
      }
    }
    return q;
  }

  static List<Query> of(SearchIndex index) {
    List<String> words = words(index);
    Set<String> vocab = new TreeSet<>(words);
    List<Query> q = new ArrayList<>();
    int step = Math.max(1, words.size() / 40);
    for (int i = 0; i < words.size() && q.size() < 40; i += step)
      q.add(new Query(words.get(i), false));
    int inflections = 0;
    for (int i = 3; i < words.size() && inflections < 15; i += step) {
      for (String suffix : new String[] {"en", "tjes", "heden"}) {
        String w = words.get(i) + suffix;
        if (!vocab.contains(w) && inflections < 15) {
          q.add(new Query(w, false));
          inflections++;
        }
      }
    }
    int phrases = 0;
    for (SearchDocument d : index.documents()) {
      String[] ws = d.field(SearchField.BODY).split("\\s+");
      for (int i = 5; i + 3 < ws.length && phrases < 20; i += 37) {
        int len = 2 + (phrases % 3);
        q.add(new Query("\"" + String.join(" ", List.of(ws).subList(i, i + len)) + "\"", false));
        phrases++;
      }
    }
    for (int i = 7, n = 0; i < words.size() && n < 20; i += step, n++) {
      String w = words.get(i);
      q.add(new Query(w.substring(0, Math.min(w.length(), 2 + n % 4)), true));
    }
    for (int i = 11, n = 0; i + 2 < words.size() && n < 15; i += step, n++) {
      q.add(new Query(words.get(i) + " " + words.get(i + 1) + " " + words.get(i + 2), n % 2 == 0));
    }
    q.addAll(
        List.of(
            new Query("coördinator", false),
            new Query("coordinator", false),
            new Query("zorgcoördinatoren", false),
            new Query("zorgcoordinatoren", false),
            new Query("België", false),
            new Query("belgie", false),
            new Query("Onderwijscafé", false),
            new Query("onderwijscafe", false),
            new Query("ideeën", false),
            new Query("naïef", false),
            new Query("CAFÉ", false),
            new Query("de het een", false),
            new Query("en of van de", false),
            new Query("de", true),
            new Query("", false),
            new Query("   ", true),
            new Query("!!!", false),
            new Query("?.,;:", false),
            new Query("\"\"", false),
            new Query("\"", true),
            new Query("'s-Hertogenbosch", false),
            new Query("e-mail school-team", false),
            new Query("leerkracht's", false),
            new Query("2024", false),
            new Query("\"de leerkrachten\" school", false),
            new Query("\"leerlingen en", true),
            new Query("leerkrachten \"", true),
            new Query("kinderen fietsen eieren", false),
            new Query("scholen sch", true),
            new Query("x".repeat(600), false),
            new Query(String.join(" ", words.subList(0, Math.min(words.size(), 300))), false),
            new Query(String.join(" ", words.subList(0, Math.min(words.size(), 120))), true)));
    return q;
  }
}
