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

  public Map<String, Practice> practicesBySlug() {
    return practices.stream().collect(Collectors.toMap(Practice::slug, Function.identity()));
  }
}
