package org.stek.schema;

import java.util.List;

/**
 * One field of a card's front matter, as authors, editors and the form see it.
 *
 * @param choices the allowed values (taxonomy values, rating levels, countries), else empty
 * @param help one line telling the author what to write
 */
public record Field(
    String name, Kind kind, boolean required, String label, String help, List<Choice> choices) {

  public Field {
    choices = List.copyOf(choices);
  }

  /** The shape of a field's value. */
  public enum Kind {
    /** One line of text. */
    TEXT,
    /** A web address (https://...). */
    URL,
    /** A list of lines of text. */
    TEXT_LIST,
    /** A date (2027-04-14), or a date and a time (2027-04-14 19:30): an event's start and end. */
    WHEN,
    /** A date written YYYY-MM-DD. */
    DATE,
    /** A year such as 2019. */
    YEAR,
    /** A whole number (a page's place in the menu). */
    NUMBER,
    /** true or false. */
    FLAG,
    /** One of {@link Field#choices}. */
    ONE_OF,
    /** A list of {@link Field#choices}. */
    MANY_OF,
    /** A level of a rating scale: 1..n, each level one of {@link Field#choices}. */
    RATING,
    /** A list of practice slugs. */
    SLUGS,
    /** name, email, url. */
    CONTACT,
    /** A list of title + url. */
    LINKS,
    /** file + alt. */
    IMAGE,
    /** A list of file + title. */
    ATTACHMENTS
  }

  /** A value an author may pick, with what it means. */
  public record Choice(String key, String label, String description) {}
}
