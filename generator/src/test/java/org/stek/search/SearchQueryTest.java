package org.stek.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;
import org.stek.config.Synonyms;

/**
 * What a query text means (docs/search.md), on the Dutch chain: its terms, quoted phrases and
 * single quoted words, the last word's completions, the synonym runs, and the Lucene query built
 * from them.
 */
class SearchQueryTest {
  static final SearchAnalyzer NL = SearchAnalyzer.forLanguage("nl");

  /** Index terms with their document counts, as a prefix query asks for them. */
  static final NavigableMap<String, Integer> DOC_FREQS =
      new TreeMap<>(
          Map.of("school", 3, "schoolplein", 5, "schooltuin", 1, "scholen", 2, "tal", 4, "sc", 9));

  private static SearchQuery parse(String text, boolean prefix) {
    return SearchQuery.parse(text, prefix, NL, () -> DOC_FREQS);
  }

  private static String term(String t) {
    return SearchQuery.termQuery(t).toString();
  }

  @Test
  void wordsAreAnalysedOnceEachInOrderStopWordsLeftOut() {
    SearchQuery q = parse("De leerkrachten en de ouders, leerkracht!", false);
    assertEquals(List.of("leerkracht", "ouder"), q.terms());
    assertEquals(List.of(), q.phrases());
    assertEquals(List.of(), q.required());
    assertEquals(List.of(), q.expansions());
    assertEquals(List.of(), q.synonyms());
  }

  @Test
  void quotedGroupsArePhrasesAndAQuotedWordIsRequired() {
    SearchQuery q = parse("\u201chuiswerk maken op\u201d school \"taal\" \"de\"", false);
    assertEquals(List.of("huiswerk", "mak", "schol", "tal"), q.terms());
    assertEquals(
        List.of(List.of(new Token("huiswerk", 0, 0, 8), new Token("mak", 1, 9, 14))), q.phrases());
    assertEquals(List.of("tal"), q.required());
    // an open quote runs to the end of the text
    assertEquals(1, parse("school \"samen lezen", false).phrases().size());
  }

  @Test
  void theLastWordIsCompletedMostFrequentFirst() {
    SearchQuery q = parse("taal scho", true);
    assertEquals(List.of("tal"), q.terms());
    assertEquals(List.of("schoolplein", "school", "scholen", "schooltuin", "scho"), q.expansions());
    // a word typed in full is no prefix: a space after it, a quote open, too short a start
    assertEquals(List.of("tal", "scho"), parse("taal scho ", true).terms());
    assertEquals(List.of(), parse("taal scho ", true).expansions());
    assertEquals(List.of(), parse("\"taal scho", true).expansions());
    assertEquals(List.of(), parse("taal s", true).expansions());
    assertEquals(
        List.of("sc", "schoolplein", "school", "scholen", "schooltuin"),
        parse("taal sc", true).expansions());
    assertEquals(List.of(), parse("taal scho", false).expansions());
    // a completion that is a term of the query already is left to the term
    assertEquals(List.of("tal"), parse("taal ta", true).terms());
    assertEquals(List.of("ta"), parse("taal ta", true).expansions());
  }

  @Test
  void completionsAreCappedAndTiesAlphabetical() {
    NavigableMap<String, Integer> many = new TreeMap<>();
    for (int i = 0; i < 30; i++) many.put("woord" + (char) ('a' + i % 26) + i, i % 3);
    List<String> got = SearchQuery.expand("woord", many);
    assertEquals(SearchQuery.MAX_EXPANSIONS, got.size());
    assertEquals(List.of("woorda26", "woordc2", "woordd29"), got.subList(0, 3));
    assertEquals(
        List.of("schoolplein", "school", "schooltuin"), SearchQuery.expand("school", DOC_FREQS));
  }

  @Test
  void onlyTheFirst32WordsCount() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 40; i++)
      text.append("woord").append((char) ('a' + i % 26)).append(i).append(' ');
    assertEquals(SearchQuery.MAX_TERMS, parse(text.toString(), false).terms().size());
  }

  @Test
  void theLuceneQueryScoresTermsAndFiltersPhrases() {
    assertEquals(new MatchNoDocsQuery(), parse("de het", false).toLucene());
    assertEquals(
        "(title:tal)^3.0 (summary:tal)^2.0 (labels:tal)^1.5 (organisation:tal)^1.0"
            + " (place:tal)^1.0 (body:tal)^1.0 (parts:tal)^0.5",
        term("tal"));
    String phrase =
        "title:\"huiswerk mak\" summary:\"huiswerk mak\" labels:\"huiswerk mak\""
            + " organisation:\"huiswerk mak\" place:\"huiswerk mak\" body:\"huiswerk mak\"";
    assertEquals(
        "(%s) (%s) (%s) (%s) #(%s) #(%s)"
            .formatted(
                term("huiswerk"), term("mak"), term("schol"), term("tal"), phrase, term("tal")),
        parse("\"huiswerk maken\" school \"taal\"", false).toLucene().toString());
    // the completions: the best of them
    assertEquals(
        new BooleanQuery.Builder()
            .add(SearchQuery.termQuery("tal"), Occur.SHOULD)
            .add(
                new DisjunctionMaxQuery(
                    List.of("school", "schoolplein", "schooltuin", "scholen", "sch").stream()
                        .map(SearchQuery::termQuery)
                        .toList(),
                    0f),
                Occur.SHOULD)
            .build(),
        parse("taal sch", true).toLucene());
  }

  @Test
  void synonymsScoreTheBestOfTheWordsAndTheirMeanings() {
    SynonymGraph g =
        SynonymGraph.of(
            new Synonyms(
                List.of(
                    new Synonyms.Group(
                        List.of(
                            new Synonyms.Entry("leerkracht", 1, 1),
                            new Synonyms.Entry("intern begeleider", 1, 2)),
                        1,
                        1))),
            NL,
            null,
            null);
    SearchQuery q = SearchQuery.parse("leerkrachten taal", false, NL, g, () -> DOC_FREQS);
    assertEquals(List.of("tal"), q.terms());
    assertEquals(1, q.synonyms().size());
    assertEquals(List.of("leerkracht"), q.synonyms().get(0).exact());
    assertEquals(
        List.of(List.of(new Token("intern", 0, 0, 6), new Token("begeleider", 1, 7, 17))),
        q.synonyms().get(0).alternatives());
    // the words as typed, or at half weight the synonym, as a phrase and scored as its terms
    BooleanQuery.Builder phrase = new BooleanQuery.Builder();
    for (String f : List.of("title", "summary", "labels", "organisation", "place", "body"))
      phrase.add(new PhraseQuery(f, "intern", "begeleider"), Occur.SHOULD);
    Query meaning =
        new BooleanQuery.Builder()
            .add(
                new BooleanQuery.Builder()
                    .add(SearchQuery.termQuery("intern"), Occur.SHOULD)
                    .add(SearchQuery.termQuery("begeleider"), Occur.SHOULD)
                    .build(),
                Occur.SHOULD)
            .add(phrase.build(), Occur.FILTER)
            .build();
    assertEquals(
        new BooleanQuery.Builder()
            .add(SearchQuery.termQuery("tal"), Occur.SHOULD)
            .add(
                new DisjunctionMaxQuery(
                    List.of(
                        SearchQuery.termQuery("leerkracht"),
                        new BoostQuery(meaning, SearchQuery.SYNONYM_WEIGHT)),
                    0f),
                Occur.SHOULD)
            .build(),
        q.toLucene());
  }
}
