package org.stek.markdown;

/**
 * A file beside the cards that a body links to.
 *
 * @param file path relative to the content folder
 * @param title the link's text
 */
public record LinkedFile(String file, String title) {}
