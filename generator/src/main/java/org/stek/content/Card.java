package org.stek.content;

/**
 * A card of the knowledge base: one Markdown file with front matter. A new kind of card is a new
 * record here, that implements this interface, and a constant of {@code config.CardType}.
 */
public sealed interface Card permits Practice, Recommendation, Page, Organisation, Event {
  String slug();

  /**
   * The card type as {@code stek new} and site.yaml's {@code sections:} name it: a {@code
   * config.CardType}'s id ({@code practice}, {@code organisation}, ...).
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
