package org.stek.content;

import org.stek.config.CardType;

/** A free content page, such as "Over Stek". {@code menu} orders it in the navigation, or null. */
public record Page(
    String slug, SourceFile source, String title, String summary, Integer menu, boolean draft)
    implements Card {

  @Override
  public String type() {
    return CardType.PAGE.id();
  }

  @Override
  public String url() {
    return Urls.page(slug);
  }

  @Override
  public Page withSource(SourceFile s) {
    return new Page(slug, s, title, summary, menu, draft);
  }
}
