package org.stek.content;

/**
 * A card of the knowledge base: one Markdown file with front matter. A new kind of card is a new
 * record here, that implements this interface.
 */
public sealed interface Card permits Practice, Recommendation, Page, Organisation, Event {
  String slug();

  /**
   * The card type as {@code stek new} and site.yaml's {@code sections:} name it ({@code practice},
   * {@code recommendation}, {@code page}).
   */
  String type();

  SourceFile source();

  String title();

  String summary();

  boolean draft();

  /** The same card read from {@code s} (the pipeline drops the source text after Markdown). */
  Card withSource(SourceFile s);

  /** The URL of the card's own page. */
  String url();
}
