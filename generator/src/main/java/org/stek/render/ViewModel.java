package org.stek.render;

import java.util.List;

/**
 * The data templates see, documented for theme authors in {@code themes/default/README.md}. URLs
 * are root-relative; templates prefix them with {@code root}.
 */
public final class ViewModel {
  private ViewModel() {}

  public record Site(
      String title, String tagline, String description, String language, String baseUrl) {}

  public record Term(String key, String label, String description, String url, int count) {}

  public record Taxonomy(
      String key, String label, String singular, String url, List<Term> values) {}

  public record TermGroup(Taxonomy taxonomy, List<Term> values) {}

  /**
   * @param text the rating as a sentence, e.g. "Bereik: 2 op 4"
   * @param provenance who gave it, when and why; null when the card does not say
   */
  public record Rating(
      String key,
      String label,
      int level,
      int max,
      String levelLabel,
      String description,
      String text,
      Provenance provenance) {}

  /**
   * Who gave a rating, when and why; any part may be null.
   *
   * @param date ISO, for {@code <time datetime>}; {@code dateLabel} as readers say it
   */
  public record Provenance(String by, String date, String dateLabel, String why) {}

  /**
   * A file a practice offers.
   *
   * @param label its type and size as readers expect them, "PDF, 226 kB"
   */
  public record Attachment(String title, String url, String type, String size, String label) {}

  /** A section in a long card's table of contents: its heading and the id to link to. */
  public record TocEntry(String heading, String id) {}

  public record Contact(String name, String email, String url) {}

  public record Link(String title, String url) {}

  public record Image(String url, String alt) {}

  public record RecommendationRef(String title, String url, String summary) {}

  public record Practice(
      String slug,
      String url,
      String title,
      String summary,
      String organisation,
      String municipality,
      String place,
      String country,
      Integer started,
      String published,
      String publishedLabel,
      String updated,
      String updatedLabel,
      Rating reach,
      Rating recurrence,
      List<Rating> ratings,
      List<Term> themes,
      List<TermGroup> terms,
      List<String> partners,
      Contact contact,
      List<Link> links,
      Image image,
      List<Attachment> attachments,
      List<TocEntry> toc,
      String bodyHtml,
      List<Practice> related,
      List<RecommendationRef> recommendations,
      String organisationUrl,
      String municipalityUrl,
      List<Link> partnerLinks) {

    Practice withRelated(List<Practice> rel) {
      return new Practice(
          slug,
          url,
          title,
          summary,
          organisation,
          municipality,
          place,
          country,
          started,
          published,
          publishedLabel,
          updated,
          updatedLabel,
          reach,
          recurrence,
          ratings,
          themes,
          terms,
          partners,
          contact,
          links,
          image,
          attachments,
          toc,
          bodyHtml,
          List.copyOf(rel),
          recommendations,
          organisationUrl,
          municipalityUrl,
          partnerLinks);
    }
  }

  public record Recommendation(
      String slug,
      String url,
      String title,
      String summary,
      List<Term> themes,
      List<Practice> practices,
      String bodyHtml,
      String published,
      String publishedLabel) {}

  public record Doc(String title, String summary, String bodyHtml, String url) {}

  /** An organisation's profile; {@code offers} and {@code seeks} are taxonomy values. */
  public record Organisation(
      String slug,
      String url,
      String name,
      String description,
      String kind,
      String place,
      String website,
      Contact contact,
      Image logo,
      List<Term> offers,
      List<Term> seeks,
      String bodyHtml) {}

  /**
   * An event. {@code when} as readers say it; {@code start} and {@code end} for {@code <time
   * datetime>} (a day, or a time with its offset); {@code place} "Online" when {@code online};
   * {@code calendar} its .ics file; {@code past} on the build's date.
   */
  public record Event(
      String slug,
      String url,
      String title,
      String summary,
      String when,
      String start,
      String end,
      boolean allDay,
      String place,
      boolean online,
      String registration,
      String calendar,
      boolean past,
      List<Term> themes,
      List<Link> practices,
      List<Link> organisations,
      String bodyHtml) {}

  /** An organisation as a line of a list: its name, page and place (may be null). */
  public record OrganisationRef(String name, String url, String place) {}

  /** A topic, and the organisations that offer it and that seek it. */
  public record TopicMatch(Term topic, List<OrganisationRef> offer, List<OrganisationRef> seek) {}

  public record NavItem(String label, String url, boolean current) {}

  public record PageLink(String title, String url) {}

  /**
   * The offline archive as the output stage wrote it, for the download page.
   *
   * @param url the zip's root-relative URL, beside the download page ({@code download/stek.zip})
   * @param bytes its length
   * @param sha256 the SHA-256 of its bytes, lowercase hex
   */
  public record Archive(String url, long bytes, String sha256) {}

  /**
   * The download page's zip: its file name (beside the page), the folder it unpacks to, its size as
   * text ("1,3 MB") and in bytes, its SHA-256, and the date of the newest card in it (ISO and as
   * text; null without dated cards).
   */
  public record Download(
      String file,
      String folder,
      String size,
      long bytes,
      String sha256,
      String newest,
      String newestLabel) {}

  /**
   * Where a page of a long list stands: page {@code current} of {@code total}; prev/next may be
   * null.
   */
  public record Pagination(
      int current, int total, int totalItems, String prev, String next, List<PageLink> pages) {}

  public record Counts(int practices, int recommendations, int organisations, int municipalities) {}

  /** The page being rendered: what base.ftlh needs for title, canonical and Open Graph tags. */
  public record PageMeta(
      String title,
      String description,
      String url,
      String canonical,
      String image,
      String type,
      String kind) {}
}
