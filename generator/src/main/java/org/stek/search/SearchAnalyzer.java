package org.stek.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * The search analysis chain of a site language: StandardTokenizer (UAX #29), lower case, ASCII
 * folding (so {@code coordinator} finds {@code coördinator}), stop words, stemmer overrides and
 * Snowball stemming (each word's stem remembered, {@link WordCache}). Folding comes before the stop
 * filter, so the stop list is folded too. The browser engine runs the same steps; the stop list and
 * overrides travel to it in the manifest.
 */
public final class SearchAnalyzer extends Analyzer {
  /** Lucene's DutchAnalyzer overrides: words the Dutch Snowball stemmer gets wrong. */
  private static final Map<String, String> DUTCH_OVERRIDES =
      Map.of("fiets", "fiets", "bromfiets", "bromfiets", "ei", "eier", "kind", "kinder");

  private final String language;
  private final CharArraySet stopWords;
  private final Map<String, String> overrides;
  private final boolean stem;

  /** The indexing thread's sink (index analyzers only; null for queries). */
  private final ThreadLocal<IndexSink> sinks;

  private SearchAnalyzer(String language, boolean stem, boolean index) {
    this.language = language.equals("en") ? "en" : "nl";
    this.stem = stem;
    this.sinks = index ? new ThreadLocal<>() : null;
    CharArraySet source =
        this.language.equals("en")
            ? EnglishAnalyzer.ENGLISH_STOP_WORDS_SET
            : DutchAnalyzer.getDefaultStopSet();
    CharArraySet folded = new CharArraySet(source.size(), false);
    for (Object o : source) folded.add(Folding.fold(new String((char[]) o)));
    this.stopWords = CharArraySet.unmodifiableSet(folded);
    this.overrides = this.language.equals("en") ? Map.of() : new TreeMap<>(DUTCH_OVERRIDES);
  }

  /** The full chain for indexing and querying. */
  public static SearchAnalyzer forLanguage(String language) {
    return new SearchAnalyzer(language == null ? "nl" : language, true, false);
  }

  /**
   * The chain documents are indexed with: the full chain, which also splits Dutch compounds and
   * hands their parts and the words it sees to the sink {@link #collect} opened on the thread.
   */
  static SearchAnalyzer forIndex(String language) {
    return new SearchAnalyzer(language == null ? "nl" : language, true, true);
  }

  /** Makes {@code sink} the one this thread's analysis fills, until {@link #release}. */
  IndexSink collect(IndexSink sink) {
    sinks.set(sink);
    return sink;
  }

  void release() {
    sinks.remove();
  }

  /** Tokenizer, lower case and folding only: how the word typed last is matched as a prefix. */
  public static SearchAnalyzer prefixOf(String language) {
    return new SearchAnalyzer(language == null ? "nl" : language, false, false);
  }

  public String language() {
    return language;
  }

  /** The folded stop words, sorted. */
  public List<String> stopWords() {
    List<String> out = new ArrayList<>();
    for (Object o : stopWords) out.add(new String((char[]) o));
    out.sort(null);
    return out;
  }

  public Map<String, String> overrides() {
    return overrides;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    // Indexing, the words as written are kept for the suggestions ("coördinator").
    WordCache.Written written = sinks != null && stem ? new WordCache.Written(source) : null;
    TokenStream result = new LowerCaseFilter(written != null ? written : source);
    result = new ASCIIFoldingFilter(result);
    if (!stem) return new TokenStreamComponents(source, result);
    result = new StopFilter(result, stopWords);
    SnowballStemmer stemmer = language.equals("en") ? new EnglishStemmer() : new DutchStemmer();
    // Indexing Dutch, a compound's parts go to the sink (the parts field) with its count.
    DutchCompounds compounds =
        sinks != null && language.equals("nl")
            ? new DutchCompounds(CompoundDictionary.dutch(), stopWords)
            : null;
    result = new WordCache(result, stemmer, overrides, compounds, sinks, written);
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }
}
