package org.stek.related;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;

/** The Lucene analysis chain for the site's language. */
public final class Analyzers {
  private Analyzers() {}

  public static Analyzer forLanguage(String language) {
    return language.equals("en") ? new EnglishAnalyzer() : new DutchAnalyzer();
  }
}
