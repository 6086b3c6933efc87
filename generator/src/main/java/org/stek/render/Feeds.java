package org.stek.render;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import org.stek.config.SiteConfig;
import org.stek.content.KnowledgeBase;
import org.stek.content.Practice;
import org.stek.content.Urls;
import org.stek.files.PageSink;

/**
 * robots.txt, and with a base URL the sitemap and the Atom feed of the newest practices. Dates come
 * from the cards, never from the clock, so two builds give the same bytes.
 */
public final class Feeds {
  static final int FEED_ENTRIES = 20;

  private Feeds() {}

  public static void write(KnowledgeBase kb, List<String> pageUrls, PageSink sink) {
    SiteConfig c = kb.config();
    StringBuilder robots = new StringBuilder("User-agent: *\nAllow: /\n");
    if (c.hasBaseUrl()) {
      robots.append("Sitemap: ").append(c.baseUrl()).append("sitemap.xml\n");
      sink.write("sitemap.xml", sitemap(c, pageUrls));
      sink.write("feed.xml", atom(c, c.title(), "feed.xml", kb.practices()));
      // One feed per theme, beside the theme's page: themes/<key>.xml
      c.taxonomy("themes")
          .ifPresent(
              t ->
                  t.values()
                      .forEach(
                          v -> {
                            String url = Urls.term(t.key(), v.key()).replaceAll("\\.html$", ".xml");
                            List<Practice> with =
                                kb.practices().stream()
                                    .filter(p -> p.values(t.key()).contains(v.key()))
                                    .toList();
                            String title = v.label().in(c.language()) + " — " + c.title();
                            sink.write(url, atom(c, title, url, with));
                          }));
    }
    sink.write("robots.txt", robots.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] sitemap(SiteConfig c, List<String> urls) {
    StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    s.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    urls.stream()
        .filter(u -> !u.equals(Urls.notFound()))
        .sorted()
        .forEach(
            u ->
                s.append("  <url><loc>")
                    .append(xml(c.baseUrl() + (u.equals(Urls.home()) ? "" : u)))
                    .append("</loc></url>\n"));
    return s.append("</urlset>\n").toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] atom(SiteConfig c, String title, String self, List<Practice> practices) {
    List<Practice> newest =
        practices.stream()
            .sorted(
                Comparator.comparing(
                        Practice::published, Comparator.nullsLast(Comparator.reverseOrder()))
                    .thenComparing(Practice::slug))
            .limit(FEED_ENTRIES)
            .toList();
    String updated =
        newest.isEmpty() || newest.get(0).published() == null
            ? "2000-01-01"
            : newest.get(0).published().toString();
    StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    s.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"")
        .append(c.language())
        .append("\">\n");
    s.append("  <title>").append(xml(title)).append("</title>\n");
    if (!c.tagline().isEmpty())
      s.append("  <subtitle>").append(xml(c.tagline())).append("</subtitle>\n");
    s.append("  <id>")
        .append(xml(c.baseUrl() + (self.equals("feed.xml") ? "" : self)))
        .append("</id>\n");
    String page = self.equals("feed.xml") ? "" : self.replaceAll("\\.xml$", ".html");
    s.append("  <link rel=\"alternate\" href=\"").append(xml(c.baseUrl() + page)).append("\"/>\n");
    s.append("  <link rel=\"self\" href=\"").append(xml(c.baseUrl() + self)).append("\"/>\n");
    s.append("  <updated>").append(updated).append("T00:00:00Z</updated>\n");
    for (Practice p : newest) {
      String url = c.baseUrl() + Urls.practice(p.slug());
      String date = (p.updated() != null ? p.updated() : p.published()) + "T00:00:00Z";
      s.append("  <entry>\n");
      s.append("    <title>").append(xml(p.title())).append("</title>\n");
      s.append("    <id>").append(xml(url)).append("</id>\n");
      s.append("    <link rel=\"alternate\" href=\"").append(xml(url)).append("\"/>\n");
      s.append("    <published>").append(p.published()).append("T00:00:00Z</published>\n");
      s.append("    <updated>").append(date).append("</updated>\n");
      s.append("    <author><name>").append(xml(p.organisation())).append("</name></author>\n");
      s.append("    <summary>").append(xml(p.summary())).append("</summary>\n");
      s.append("  </entry>\n");
    }
    return s.append("</feed>\n").toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Escapes text for XML, dropping characters XML 1.0 cannot carry. */
  static String xml(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints()
        .forEach(
            cp -> {
              switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                  if (cp == 0x9
                      || cp == 0xA
                      || cp == 0xD
                      || (cp >= 0x20 && cp <= 0xD7FF)
                      || (cp >= 0xE000 && cp <= 0xFFFD)
                      || cp > 0xFFFF) {
                    out.appendCodePoint(cp);
                  }
                }
              }
            });
    return out.toString();
  }
}
