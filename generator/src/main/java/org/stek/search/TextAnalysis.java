package org.stek.search;

import java.util.ArrayList;
import java.util.List;

/**
 * What the search makes of a text ({@code stek analyze}): the terms a query looks up, the parts
 * each compound word is indexed as as well, and the synonyms the query side adds.
 *
 * @param terms the analysed terms, in order
 * @param parts per term, the parts its word is split into in the index (empty for most words)
 * @param synonyms the runs of terms that match a synonym group, with their synonyms
 */
public record TextAnalysis(
    List<String> terms, List<List<String>> parts, List<SynonymGraph.Unit> synonyms) {

  public static TextAnalysis of(String text, String language, SynonymGraph synonyms) {
    SearchAnalyzer query = SearchAnalyzer.forLanguage(language);
    SearchAnalyzer index = SearchAnalyzer.forIndex(language);
    List<Token> tokens = Token.of(query, text);
    List<List<String>> parts = new ArrayList<>();
    for (Token t : tokens) {
      IndexSink sink = index.collect(new IndexSink());
      try {
        Token.of(index, text.substring(t.start(), t.end()));
        parts.add(sink.parts());
      } finally {
        index.release();
      }
    }
    List<String> terms = tokens.stream().map(Token::term).toList();
    List<SynonymGraph.Unit> units =
        synonyms.units(terms).stream().filter(u -> !u.alternatives().isEmpty()).toList();
    return new TextAnalysis(terms, parts, units);
  }
}
