package org.stek.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.stek.config.CardType;

/**
 * A practice card as its author wrote it, checked against {@code site.yaml}.
 *
 * @param terms taxonomy key to the value keys the card names, in site.yaml's order
 * @param ratings rating scale key to the level (1..max)
 * @param provenance rating scale key to who gave the rating, when and why, for the ratings that say
 * @param attachments the files the card lists ({@code attachments:}), in its order
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
    Map<String, Provenance> provenance,
    List<String> partners,
    Integer started,
    LocalDate published,
    LocalDate updated,
    Contact contact,
    List<Link> links,
    Image image,
    List<Attachment> attachments,
    boolean draft)
    implements Card {

  @Override
  public String type() {
    return CardType.PRACTICE.id();
  }

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
        provenance,
        partners,
        started,
        published,
        updated,
        contact,
        links,
        image,
        attachments,
        draft);
  }

  public List<String> values(String taxonomy) {
    return terms.getOrDefault(taxonomy, List.of());
  }

  /** An author's contact; any part may be null. */
  public record Contact(String name, String email, String url) {}

  public record Link(String title, String url) {}

  /**
   * Who gave a rating (a person or a body), on which date and why; any part may be null.
   *
   * @param why one or two sentences
   */
  public record Provenance(String by, LocalDate date, String why) {}

  /**
   * A file the card offers for download.
   *
   * @param file path relative to the content folder
   * @param line where the card names it, for problems found once every file is known
   */
  public record Attachment(String file, String title, int line, int column) {}

  /**
   * @param file path relative to the content folder
   */
  public record Image(String file, String alt) {}
}
