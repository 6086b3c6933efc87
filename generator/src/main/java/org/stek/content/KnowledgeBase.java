package org.stek.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.stek.config.SiteConfig;

/**
 * Everything a build publishes: the site's definition, its cards (sorted by slug), and the other
 * files of the content folder that are copied as they are.
 *
 * @param assets paths of images and attachments relative to {@code contentDir}, '/'-separated
 */
public record KnowledgeBase(
    Path contentDir,
    SiteConfig config,
    List<Practice> practices,
    List<Recommendation> recommendations,
    List<Page> pages,
    List<String> assets) {

  /**
   * The same knowledge base without the cards' source text: after the Markdown stage only the
   * rendered bodies are used, and at 100,000 cards the sources are half a gigabyte.
   */
  public KnowledgeBase withoutSourceText() {
    return new KnowledgeBase(
        contentDir,
        config,
        practices.stream().map(p -> p.withSource(p.source().withoutText())).toList(),
        recommendations.stream().map(r -> r.withSource(r.source().withoutText())).toList(),
        pages.stream().map(p -> p.withSource(p.source().withoutText())).toList(),
        assets);
  }

  public Map<String, Practice> practicesBySlug() {
    return practices.stream().collect(Collectors.toMap(Practice::slug, Function.identity()));
  }
}
