package org.stek.content;

/**
 * Where each thing lands in the site, as a path from the site root. Every URL names its file, so
 * the site works from a web server under any path and from disk ({@code file://}).
 */
public final class Urls {
  private Urls() {}

  public static String home() {
    return "index.html";
  }

  public static String practices() {
    return "practices/index.html";
  }

  public static String practice(String slug) {
    return "practices/" + slug + ".html";
  }

  public static String recommendations() {
    return "recommendations/index.html";
  }

  public static String recommendation(String slug) {
    return "recommendations/" + slug + ".html";
  }

  /** Every organisation named on a card, with counts. */
  public static String organisations() {
    return "organisations/index.html";
  }

  /** The page of an organisation, by its name on a card or its profile's slug. */
  public static String organisation(String name) {
    return "organisations/" + Slugs.of(name) + ".html";
  }

  /** Every organisation profile, filterable by kind, place and what it offers and seeks. */
  public static String profiles() {
    return "profiles/index.html";
  }

  /** Who offers and who seeks each topic of the organisation profiles. */
  public static String matching() {
    return "matching/index.html";
  }

  /** Upcoming events first, then past ones; the calendar and the feed are beside it. */
  public static String events() {
    return "events/index.html";
  }

  public static String event(String slug) {
    return "events/" + slug + ".html";
  }

  /** An event's calendar file (RFC 5545), beside its page. */
  public static String eventCalendar(String slug) {
    return "events/" + slug + ".ics";
  }

  /** One calendar of every upcoming event. */
  public static String calendar() {
    return "events/calendar.ics";
  }

  /** The Atom feed of the events (with a base URL only, as the other feeds). */
  public static String eventFeed() {
    return "events/feed.xml";
  }

  public static String municipalities() {
    return "municipalities/index.html";
  }

  public static String municipality(String name) {
    return "municipalities/" + Slugs.of(name) + ".html";
  }

  public static String page(String slug) {
    return slug + ".html";
  }

  /** The search results page; its shards are beside it in {@code search/}. */
  public static String search() {
    return "search/index.html";
  }

  public static String taxonomy(String taxonomy) {
    return taxonomy + "/index.html";
  }

  public static String term(String taxonomy, String value) {
    return taxonomy + "/" + value + ".html";
  }

  /**
   * The page a web server shows for a missing file. Its links start at the site's {@code base_url}
   * when it has one (it is served at any depth), so it is not in the offline archive: there it
   * would load its stylesheet from the network, and no server shows it.
   */
  public static String notFound() {
    return "404.html";
  }

  /** The download page: what the offline archive is, its size and how to use it; not in the zip. */
  public static String download() {
    return "download/index.html";
  }

  /**
   * The offline archive, beside the download page: the site's title as a file name, cut at a word
   * to stay far from file-name limits. The one place that names the zip.
   */
  public static String archive(String siteTitle) {
    String name = Slugs.of(siteTitle);
    if (name.length() > 60) {
      int cut = name.lastIndexOf('-', 60);
      name = name.substring(0, cut > 0 ? cut : 60);
    }
    return "download/" + name + ".zip";
  }

  /** The page URL a card file publishes to, or null if the path is not a card. */
  public static String ofCard(String contentPath) {
    if (!contentPath.endsWith(".md")) return null;
    String stem = contentPath.substring(0, contentPath.length() - 3);
    int slash = stem.indexOf('/');
    if (slash < 0 || stem.indexOf('/', slash + 1) >= 0) return null;
    String folder = stem.substring(0, slash);
    String slug = stem.substring(slash + 1);
    return switch (folder) {
      case ContentLoader.PRACTICES -> practice(slug);
      case ContentLoader.RECOMMENDATIONS -> recommendation(slug);
      case ContentLoader.PAGES -> page(slug);
      case ContentLoader.ORGANISATIONS -> organisation(slug);
      case ContentLoader.EVENTS -> event(slug);
      default -> null;
    };
  }

  /** "../" once per folder of {@code pageUrl}: the way back to the site root. */
  public static String rootOf(String pageUrl) {
    int depth = (int) pageUrl.chars().filter(c -> c == '/').count();
    return "../".repeat(depth);
  }

  /** A link from the page at {@code fromPage} to {@code target}, both root-relative. */
  public static String relative(String fromPage, String target) {
    String[] from = fromPage.split("/");
    String[] to = target.split("/");
    int common = 0;
    while (common < from.length - 1 && common < to.length - 1 && from[common].equals(to[common])) {
      common++;
    }
    StringBuilder s = new StringBuilder("../".repeat(from.length - 1 - common));
    for (int i = common; i < to.length; i++) {
      if (i > common) s.append('/');
      s.append(to[i]);
    }
    return s.toString();
  }
}
