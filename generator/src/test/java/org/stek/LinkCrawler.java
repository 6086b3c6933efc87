package org.stek;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Opens every HTML page of a built site and follows every relative link, image, stylesheet and
 * script the way a browser on {@code file://} would: the target file must exist inside the site and
 * a {@code #fragment} must be an id on the target page.
 */
public final class LinkCrawler {
  private final Path site;
  private final Map<Path, Document> parsed = new HashMap<>();
  private int followed;

  private LinkCrawler(Path site) {
    this.site = site.toAbsolutePath().normalize();
  }

  /** Every broken internal reference of the site, as "page: attribute=value (why)". */
  public static List<String> broken(Path site) {
    return new LinkCrawler(site).crawl();
  }

  /** The number of internal references followed by the last crawl of {@code site}. */
  public static int count(Path site) {
    LinkCrawler c = new LinkCrawler(site);
    c.crawl();
    return c.followed;
  }

  /** Every HTML page of the site, sorted. */
  public static List<Path> pages(Path site) {
    try (Stream<Path> s = Files.walk(site)) {
      return s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<String> crawl() {
    List<String> out = new ArrayList<>();
    for (Path page : pages(site)) {
      Document doc = parse(page.toAbsolutePath().normalize());
      for (Element e : doc.select("[href], [src]")) {
        String attr = e.hasAttr("href") ? "href" : "src";
        String ref = e.attr(attr);
        String why = check(page.toAbsolutePath().normalize(), ref);
        if (why != null) {
          out.add(
              site.relativize(page) + ": <" + e.tagName() + " " + attr + "=" + ref + "> " + why);
        }
      }
    }
    return out;
  }

  private String check(Path page, String ref) {
    if (ref.isEmpty()) return "(empty)";
    if (ref.startsWith("//") || ref.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) return null; // external
    followed++;
    String path = ref;
    String fragment = null;
    int hash = ref.indexOf('#');
    if (hash >= 0) {
      path = ref.substring(0, hash);
      fragment = URLDecoder.decode(ref.substring(hash + 1), StandardCharsets.UTF_8);
    }
    int q = path.indexOf('?');
    if (q >= 0) path = path.substring(0, q);
    if (path.startsWith("/")) return "(root-relative: breaks on file://)";
    Path target = page;
    if (!path.isEmpty()) {
      if (path.endsWith("/")) return "(names a folder, not a file)";
      target =
          page.getParent().resolve(URLDecoder.decode(path, StandardCharsets.UTF_8)).normalize();
      if (!target.startsWith(site)) return "(leaves the site)";
      if (!Files.isRegularFile(target)) return "(no such file)";
    }
    if (fragment != null && !fragment.isEmpty()) {
      if (!target.toString().endsWith(".html")) return null;
      if (parse(target).getElementById(fragment) == null) return "(no id '" + fragment + "')";
    }
    return null;
  }

  private Document parse(Path page) {
    return parsed.computeIfAbsent(
        page,
        p -> {
          try {
            return Jsoup.parse(p.toFile(), "UTF-8");
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
