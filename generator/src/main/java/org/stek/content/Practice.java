package org.stek.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A practice card as its author wrote it, checked against {@code site.yaml}.
 *
 * @param terms taxonomy key to the value keys the card names, in site.yaml's order
 * @param ratings rating scale key to the level (1..max)
 */
public record Practice(
    String slug,
    SourceFile source,
    String title,
    String summary,
    String organisation,
    String municipality,
    String country,
    Map<String, List<String>> terms,
    Map<String, Integer> ratings,
    List<String> partners,
    Integer started,
    LocalDate published,
    LocalDate updated,
    Contact contact,
    List<Link> links,
    Image image,
    boolean draft)
    implements Card {

  @Override
  public String url() {
    return Urls.practice(slug);
  }

  @Override
  public Practice withSource(SourceFile s) {
    return new Practice(
        slug,
        s,
        title,
        summary,
        organisation,
        municipality,
        country,
        terms,
        ratings,
        partners,
        started,
        published,
        updated,
        contact,
        links,
        image,
        draft);
  }

  public List<String> values(String taxonomy) {
    return terms.getOrDefault(taxonomy, List.of());
  }

  /** An author's contact; any part may be null. */
  public record Contact(String name, String email, String url) {}

  public record Link(String title, String url) {}

  /**
   * @param file path relative to the content folder
   */
  public record Image(String file, String alt) {}
}
