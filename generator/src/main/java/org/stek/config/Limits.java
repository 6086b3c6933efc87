package org.stek.config;

/**
 * How large a card may be, in KiB. A card is a page of text: a much larger file is a mistake (a
 * pasted document, an embedded image) or an attack, and is refused before it is read. An attachment
 * above {@code attachmentWarningKb} is a long download for a reader on a phone: a warning.
 */
public record Limits(int cardWarningKb, int cardErrorKb, int attachmentWarningKb) {
  public static final Limits DEFAULT = new Limits(256, 2048, 10240);
}
