package org.stek.markdown;

/**
 * A declared section as a card's body has it: what the card's page links to from its table of
 * contents, what the compare page and the exports show.
 *
 * @param key the section's key in site.yaml
 * @param heading the heading as the card writes it
 * @param id the heading's id in the body's HTML
 * @param text the section's plain text, paragraphs separated by a blank line
 */
public record BodySection(String key, String heading, String id, String text) {}
