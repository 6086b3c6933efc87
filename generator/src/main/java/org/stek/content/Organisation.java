package org.stek.content;

import java.util.List;
import org.stek.config.CardType;

/**
 * An organisation's profile ({@code organisations/<slug>.md}): who it is, and what it offers and
 * seeks as values of the taxonomies {@code site.yaml} names for them. A practice names it by slug.
 *
 * @param title the organisation's name (front matter {@code name})
 * @param summary its short description (front matter {@code description})
 * @param kind school, city, network, …; free text
 */
public record Organisation(
    String slug,
    SourceFile source,
    String title,
    String summary,
    String kind,
    String place,
    String website,
    Practice.Contact contact,
    Practice.Image logo,
    List<String> offers,
    List<String> seeks,
    boolean draft)
    implements Card {

  @Override
  public String url() {
    return Urls.organisation(slug);
  }

  @Override
  public String type() {
    return CardType.ORGANISATION.id();
  }

  @Override
  public Organisation withSource(SourceFile s) {
    return new Organisation(
        slug, s, title, summary, kind, place, website, contact, logo, offers, seeks, draft);
  }
}
