package org.stek.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
import org.apache.lucene.util.graph.GraphTokenStreamFiniteStrings;
import org.stek.config.Synonyms;
import org.stek.report.Problems;

/**
 * The site's synonym groups analysed with its chain, and what they make of a query's words:
 * Lucene's {@link SynonymGraphFilter} (longest match first, left to right) over the analysed terms,
 * read back as a graph. The browser engine gets the analysed groups in the manifest and matches the
 * same way.
 */
public final class SynonymGraph {
  public static final SynonymGraph NONE = new SynonymGraph(List.of(), null);

  /** The analysed entries of each group (entries that analyse to nothing left out). */
  private final List<List<List<Token>>> groups;

  private final SynonymMap map;

  /** Each entry's terms joined by a space, with its tokens (their positions make the phrase). */
  private final Map<String, List<Token>> entries = new LinkedHashMap<>();

  private SynonymGraph(List<List<List<Token>>> groups, SynonymMap map) {
    this.groups = groups;
    this.map = map;
    for (List<List<Token>> g : groups) for (List<Token> e : g) entries.putIfAbsent(key(e), e);
  }

  /**
   * The groups of {@code synonyms} analysed by {@code analyzer}; a group of fewer than two entries
   * and an entry that analyses to nothing are reported to {@code problems} at their place in {@code
   * file} (unless problems is null).
   */
  public static SynonymGraph of(
      Synonyms synonyms, SearchAnalyzer analyzer, Path file, Problems problems) {
    List<List<List<Token>>> groups = new ArrayList<>();
    SynonymMap.Builder b = new SynonymMap.Builder(true);
    CharsRefBuilder scratch = new CharsRefBuilder();
    for (Synonyms.Group g : synonyms.groups()) {
      if (g.entries().size() < 2 && problems != null) {
        problems.error(
            file,
            g.line(),
            g.column(),
            "a synonym group needs at least two entries, found " + g.entries().size(),
            "add the words that mean the same, or remove the group");
      }
      List<List<Token>> group = new ArrayList<>();
      for (Synonyms.Entry e : g.entries()) {
        List<Token> tokens = Token.of(analyzer, e.text());
        if (tokens.isEmpty()) {
          if (problems != null) {
            problems.error(
                file,
                e.line(),
                e.column(),
                "the synonym '" + e.text() + "' is only stop words or punctuation",
                "the search ignores it: use a word that means something, or remove it");
          }
        } else if (group.stream().noneMatch(x -> key(x).equals(key(tokens)))) {
          group.add(tokens);
        }
      }
      if (group.size() < 2) continue;
      groups.add(group);
      for (List<Token> from : group) {
        for (List<Token> to : group) {
          if (from != to) b.add(chars(from, scratch), chars(to, new CharsRefBuilder()), true);
        }
      }
    }
    try {
      return groups.isEmpty() ? NONE : new SynonymGraph(List.copyOf(groups), b.build());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether {@code term} is a word of some entry. */
  public boolean has(String term) {
    for (List<Token> e : entries.values()) {
      for (Token t : e) if (t.term().equals(term)) return true;
    }
    return false;
  }

  /** The analysed groups, for the browser. */
  public List<List<List<Token>>> groups() {
    return groups;
  }

  /**
   * A run of a query's words: the words as typed ({@code exact}) and what they mean as well ({@code
   * alternatives}, each an entry of a group, empty for a word without synonyms).
   */
  public record Unit(List<String> exact, List<List<Token>> alternatives) {}

  /** The units of a run of analysed terms, in order. */
  public List<Unit> units(List<String> terms) {
    List<Unit> out = new ArrayList<>();
    if (map == null || terms.isEmpty()) {
      for (String t : terms) out.add(new Unit(List.of(t), List.of()));
      return out;
    }
    try (TokenStream ts = new SynonymGraphFilter(new Terms(terms), map, false)) {
      GraphTokenStreamFiniteStrings graph = new GraphTokenStreamFiniteStrings(ts);
      int[] points = graph.articulationPoints();
      int start = 0;
      for (int i = 0; i <= points.length; i++) {
        int end = i < points.length ? points[i] : -1;
        List<List<String>> paths = new ArrayList<>();
        List<Boolean> original = new ArrayList<>();
        if (graph.hasSidePath(start)) {
          for (Iterator<TokenStream> it = graph.getFiniteStrings(start, end); it.hasNext(); ) {
            read(it.next(), paths, original);
          }
        } else {
          for (AttributeSource a : graph.getTerms(start)) {
            paths.add(List.of(a.getAttribute(CharTermAttribute.class).toString()));
            original.add(!isSynonym(a));
          }
        }
        List<String> exact = paths.get(original.indexOf(true));
        List<List<Token>> alternatives = new ArrayList<>();
        for (int p = 0; p < paths.size(); p++) {
          if (!original.get(p)) alternatives.add(entries.get(String.join(" ", paths.get(p))));
        }
        out.add(new Unit(exact, alternatives));
        start = end;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static void read(TokenStream path, List<List<String>> paths, List<Boolean> original)
      throws IOException {
    CharTermAttribute term = path.addAttribute(CharTermAttribute.class);
    List<String> terms = new ArrayList<>();
    boolean synonym = false;
    path.reset();
    while (path.incrementToken()) {
      terms.add(term.toString());
      synonym |= isSynonym(path);
    }
    path.end();
    path.close();
    paths.add(terms);
    original.add(!synonym);
  }

  private static boolean isSynonym(AttributeSource a) {
    TypeAttribute type = a.getAttribute(TypeAttribute.class);
    return type != null && type.type().equals(SynonymGraphFilter.TYPE_SYNONYM);
  }

  private static String key(List<Token> entry) {
    return String.join(" ", entry.stream().map(Token::term).toList());
  }

  private static CharsRef chars(List<Token> entry, CharsRefBuilder scratch) {
    return SynonymMap.Builder.join(entry.stream().map(Token::term).toArray(String[]::new), scratch);
  }

  /** Analysed terms as a token stream, one position each. */
  private static final class Terms extends TokenStream {
    private final List<String> terms;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private int next;

    Terms(List<String> terms) {
      this.terms = terms;
    }

    @Override
    public boolean incrementToken() {
      if (next >= terms.size()) return false;
      clearAttributes();
      term.setEmpty().append(terms.get(next++));
      return true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
    }
  }
}
