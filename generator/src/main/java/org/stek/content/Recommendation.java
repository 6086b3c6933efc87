package org.stek.content;

import java.time.LocalDate;
import java.util.List;
import org.stek.config.CardType;

/** A recommendation ("aanbeveling") that bundles practices under one piece of advice. */
public record Recommendation(
    String slug,
    SourceFile source,
    String title,
    String summary,
    List<String> themes,
    List<String> practices,
    LocalDate published,
    boolean draft)
    implements Card {

  @Override
  public String type() {
    return CardType.RECOMMENDATION.id();
  }

  @Override
  public String url() {
    return Urls.recommendation(slug);
  }

  @Override
  public Recommendation withSource(SourceFile s) {
    return new Recommendation(slug, s, title, summary, themes, practices, published, draft);
  }
}
