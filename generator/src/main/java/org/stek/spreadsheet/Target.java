package org.stek.spreadsheet;

import org.stek.schema.Field;

/** What a column of the sheet holds. */
sealed interface Target {
  /** A card field; {@code part} names the part of a contact (name, email, url), else null. */
  record FieldValue(Field field, String part) implements Target {
    String key() {
      return part == null ? field.name() : field.name() + "." + part;
    }
  }

  /** The whole body, Markdown. */
  record Body() implements Target {}

  /** One section of the body: a {@code ## heading} with the cell as its text. */
  record Section(String heading) implements Target {}

  /** The card's file name, when it should not be made from the title. */
  record Slug() implements Target {}

  /** A column left out (mapped to {@code skip}). */
  record Skip() implements Target {}
}
