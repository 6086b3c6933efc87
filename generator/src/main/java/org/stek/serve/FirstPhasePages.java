package org.stek.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.stek.content.KnowledgeBase;
import org.stek.content.Page;
import org.stek.content.Practice;
import org.stek.content.Recommendation;
import org.stek.content.Urls;
import org.stek.markdown.RenderedBody;
import org.stek.render.SiteRenderer;

/**
 * The preview's first phase after a card edit: the edited cards' own pages, rendered with the
 * related practices they had, so that an author sees the edit without waiting for the related and
 * search stages. Everything else waits for the second phase: other cards' pages (which may name the
 * card among their related practices), the listing pages (which show a card's title, summary and
 * taxonomy values: finding which changed needs every page's model, more than a second at 10,000
 * cards), search data, facets, exports and the archive.
 *
 * <p>The pages are rendered from a small knowledge base: those cards, the practices their pages
 * show (related ones, a recommendation's), every recommendation and content page, so that building
 * the views of a large site's every practice is not waited for. A page of the default theme comes
 * out as from the whole site; a theme that printed site-wide counts on a card's page would show the
 * small base's until the second phase, which renders these pages again.
 */
final class FirstPhasePages {
  private FirstPhasePages() {}

  /**
   * @param pages the URLs to render: the edited cards' pages, and those earlier first phases wrote
   * @param urls every page URL of the last complete build
   * @param today the build's date (which events are past)
   * @return the rendered pages by URL; null when a page is not a card's, or not one of the site's
   *     pages (a card moved or appeared): then the edit has no first phase
   */
  static Map<String, byte[]> render(
      Path theme,
      KnowledgeBase kb,
      Map<String, RenderedBody> bodies,
      Map<String, List<String>> related,
      Set<String> pages,
      List<String> urls,
      java.time.LocalDate today)
      throws IOException {
    Map<String, byte[]> out = new ConcurrentHashMap<>();
    Map<String, List<String>> shown = new HashMap<>();
    KnowledgeBase small = around(kb, related, pages, shown);
    if (small == null || !urls.containsAll(pages)) return null;
    new SiteRenderer(theme, small, today)
        .render(bodies, shown, out::put, (url, input) -> pages.contains(url));
    return out;
  }

  /**
   * The cards whose pages are {@code pages}, the practices those pages show, every recommendation
   * and content page; null when a page is not a card's. {@code shown} gets the related practices of
   * the practices whose pages these are (the others' pages are not rendered).
   */
  private static KnowledgeBase around(
      KnowledgeBase kb,
      Map<String, List<String>> related,
      Set<String> pages,
      Map<String, List<String>> shown) {
    Set<String> keep = new HashSet<>();
    int found = 0;
    for (Practice p : kb.practices()) {
      if (!pages.contains(Urls.practice(p.slug()))) continue;
      found++;
      keep.add(p.slug());
      List<String> rel = related.getOrDefault(p.slug(), List.of());
      keep.addAll(rel);
      shown.put(p.slug(), rel);
    }
    for (Recommendation r : kb.recommendations()) {
      if (!pages.contains(Urls.recommendation(r.slug()))) continue;
      found++;
      keep.addAll(r.practices());
    }
    for (Page p : kb.pages()) if (pages.contains(Urls.page(p.slug()))) found++;
    if (found != pages.size()) return null;
    return new KnowledgeBase(
        kb.contentDir(),
        kb.config(),
        kb.practices().stream().filter(p -> keep.contains(p.slug())).toList(),
        kb.recommendations(),
        kb.pages(),
        kb.assets(),
        kb.organisations(),
        kb.events());
  }
}
