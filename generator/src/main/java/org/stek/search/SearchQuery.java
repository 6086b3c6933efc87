package org.stek.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * What a query text means, defined once (docs/search.md) and computed the same way by the browser
 * engine: the analysed terms (each scored by {@link #termQuery}, summed), quoted phrases (required,
 * in one field, positions exact), and with {@code prefix} the last word typed expanded to the index
 * terms it starts (scored as the best of them).
 *
 * @param terms distinct analysed terms, in order of appearance
 * @param phrases quoted groups of two or more terms, with their relative positions
 * @param required terms of quoted groups that analyse to a single term
 * @param expansions the last word's completions (empty unless {@code prefix})
 * @param synonyms the runs of words outside quotes that match a synonym group: each scores the best
 *     of the words as typed and, at {@link #SYNONYM_WEIGHT}, each synonym (their words are not in
 *     {@code terms})
 */
public record SearchQuery(
    List<String> terms,
    List<List<Token>> phrases,
    List<String> required,
    List<String> expansions,
    List<SynonymGraph.Unit> synonyms) {
  /** A synonym's score counts this much of a match on the words as typed: exact ranks first. */
  public static final float SYNONYM_WEIGHT = 0.5f;

  /** At most this many completions of the last word take part. */
  public static final int MAX_EXPANSIONS = 20;

  /** A completion needs a typed prefix of at least this many characters. */
  public static final int MIN_PREFIX = 2;

  /** Only the first this many analysed words of a query count (Lucene's clause limit is 1024). */
  public static final int MAX_TERMS = 32;

  private static final String QUOTES = "\"\u201c\u201d\u201e";

  /**
   * @param docFreqs each index term with the number of documents that have it, asked for only when
   *     the last word is expanded
   */
  public static SearchQuery parse(
      String text,
      boolean prefix,
      SearchAnalyzer analyzer,
      Supplier<NavigableMap<String, Integer>> docFreqs) {
    return parse(text, prefix, analyzer, SynonymGraph.NONE, docFreqs);
  }

  /** The query with {@code synonyms} expanded in the words outside quotes. */
  public static SearchQuery parse(
      String text,
      boolean prefix,
      SearchAnalyzer analyzer,
      SynonymGraph synonyms,
      Supplier<NavigableMap<String, Integer>> docFreqs) {
    List<Part> parts = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean inQuote = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (QUOTES.indexOf(c) >= 0) {
        parts.add(new Part(cur.toString(), inQuote));
        cur.setLength(0);
        inQuote = !inQuote;
      } else {
        cur.append(c);
      }
    }
    String last = cur.toString();
    List<String> expansions = new ArrayList<>();
    if (!inQuote && prefix) {
      List<Token> words = Token.of(SearchAnalyzer.prefixOf(analyzer.language()), last);
      Token w = words.isEmpty() ? null : words.get(words.size() - 1);
      if (w != null && w.end() == last.length() && w.term().length() >= MIN_PREFIX) {
        expansions.addAll(expand(w.term(), docFreqs.get()));
        for (String s : Token.terms(analyzer, last.substring(w.start()))) {
          if (!expansions.contains(s)) expansions.add(s);
        }
        last = last.substring(0, w.start());
      }
    }
    parts.add(new Part(last, inQuote));
    Set<String> terms = new LinkedHashSet<>();
    Map<List<String>, SynonymGraph.Unit> units = new LinkedHashMap<>();
    List<List<Token>> phrases = new ArrayList<>();
    List<String> required = new ArrayList<>();
    int budget = MAX_TERMS;
    for (Part part : parts) {
      List<Token> all = Token.of(analyzer, part.text());
      List<Token> tokens = all.subList(0, Math.min(all.size(), budget));
      budget -= tokens.size();
      if (part.quoted()) {
        tokens.forEach(t -> terms.add(t.term()));
        if (tokens.size() == 1) required.add(tokens.get(0).term());
        else if (tokens.size() > 1) phrases.add(tokens);
        continue;
      }
      for (SynonymGraph.Unit u : synonyms.units(tokens.stream().map(Token::term).toList())) {
        if (u.alternatives().isEmpty()) terms.addAll(u.exact());
        else units.putIfAbsent(u.exact(), u);
      }
    }
    expansions.removeAll(terms);
    return new SearchQuery(
        List.copyOf(terms),
        phrases,
        required,
        List.copyOf(expansions),
        List.copyOf(units.values()));
  }

  private record Part(String text, boolean quoted) {}

  /** The index terms starting with {@code prefix}: most frequent first, then alphabetical. */
  static List<String> expand(String prefix, NavigableMap<String, Integer> docFreqs) {
    return docFreqs.subMap(prefix, true, prefix + Character.MAX_VALUE, false).entrySet().stream()
        .sorted(
            Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
                .thenComparing(Map.Entry::getKey))
        .limit(MAX_EXPANSIONS)
        .map(Map.Entry::getKey)
        .toList();
  }

  /** The query for one analysed term: the boosted sum of its BM25 scores over every field. */
  public static Query termQuery(String term) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (SearchField f : SearchField.values()) {
      b.add(new BoostQuery(new TermQuery(new Term(f.name, term)), f.boost), Occur.SHOULD);
    }
    return b.build();
  }

  /** The summed scores of {@code terms} (a term query for one). */
  private static Query sum(List<String> terms) {
    if (terms.size() == 1) return termQuery(terms.get(0));
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String t : terms) b.add(termQuery(t), Occur.SHOULD);
    return b.build();
  }

  /** Matches the tokens at their relative positions, in any one field that has positions. */
  private static Query phrase(List<Token> phrase) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (SearchField f : SearchField.values()) {
      if (!f.phrased()) continue;
      PhraseQuery.Builder p = new PhraseQuery.Builder();
      int first = phrase.get(0).position();
      for (Token t : phrase) p.add(new Term(f.name, t.term()), t.position() - first);
      any.add(p.build(), Occur.SHOULD);
    }
    return any.build();
  }

  /** The Lucene query with exactly these semantics. */
  public Query toLucene() {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int clauses = 0;
    for (String t : terms) {
      b.add(termQuery(t), Occur.SHOULD);
      clauses++;
    }
    if (!expansions.isEmpty()) {
      List<Query> alternatives = expansions.stream().map(SearchQuery::termQuery).toList();
      b.add(new DisjunctionMaxQuery(alternatives, 0f), Occur.SHOULD);
      clauses++;
    }
    for (SynonymGraph.Unit u : synonyms) {
      List<Query> alternatives = new ArrayList<>();
      alternatives.add(sum(u.exact()));
      for (List<Token> alt : u.alternatives()) {
        Query q = sum(alt.stream().map(Token::term).toList());
        if (alt.size() > 1) {
          q =
              new BooleanQuery.Builder()
                  .add(q, Occur.SHOULD)
                  .add(phrase(alt), Occur.FILTER)
                  .build();
        }
        alternatives.add(new BoostQuery(q, SYNONYM_WEIGHT));
      }
      b.add(new DisjunctionMaxQuery(alternatives, 0f), Occur.SHOULD);
      clauses++;
    }
    for (List<Token> phrase : phrases) b.add(phrase(phrase), Occur.FILTER);
    for (String r : required) b.add(termQuery(r), Occur.FILTER);
    return clauses == 0 ? new MatchNoDocsQuery() : b.build();
  }
}
