package org.stek.search;

/** One result: the page's root-relative URL, its title, and Lucene's score. */
public record SearchHit(String url, String title, float score) {}
