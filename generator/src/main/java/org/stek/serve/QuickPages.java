package org.stek.serve;

import java.io.IOException;
import java.nio.file.Path;
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
 * The preview's first phase after a card edit: the pages that show the edit without waiting for the
 * related and search stages. They are the edited cards' own pages, rendered with the related
 * practices they had, and, when a practice's or recommendation's front matter changed (its title,
 * summary, dates, taxonomy values), the listing pages that show it: every page that is not a card's
 * own and whose model changed. Other cards' pages (which may name the card among their related
 * practices), search data, facets, exports and the archive wait for the second phase.
 */
final class QuickPages {
  private QuickPages() {}

  /**
   * @param own the edited cards' page URLs
   * @param listings whether listing pages whose model changed are rendered too
   * @param before what each page was rendered from in the last complete build
   * @param urls every page URL of the last complete build
   * @return the rendered pages by URL; null when the site's list of pages is not the same (a card
   *     moved or appeared): then the edit has no quick phase
   */
  static Map<String, byte[]> render(
      Path theme,
      KnowledgeBase kb,
      Map<String, RenderedBody> bodies,
      Map<String, List<String>> related,
      Set<String> own,
      boolean listings,
      Map<String, Object> before,
      List<String> urls)
      throws IOException {
    Set<String> cards = listings ? cardPages(kb) : Set.of();
    Map<String, byte[]> out = new ConcurrentHashMap<>();
    List<String> now =
        new SiteRenderer(theme, kb)
            .render(
                bodies,
                related,
                out::put,
                (url, input) ->
                    own.contains(url)
                        || listings && !cards.contains(url) && !input.equals(before.get(url)));
    return now.equals(urls) ? out : null;
  }

  /** Whether a card's listing pages may change: anything but its body did. */
  static boolean frontMatterChanged(Object before, Object after) {
    return !(after instanceof Page) && !frontMatter(before).equals(frontMatter(after));
  }

  private static Object frontMatter(Object card) {
    if (card instanceof Practice p) return p.withSource(null);
    if (card instanceof Recommendation r) return r.withSource(null);
    if (card instanceof Page p) return p.withSource(null);
    return String.valueOf(card);
  }

  private static Set<String> cardPages(KnowledgeBase kb) {
    Set<String> out = new HashSet<>();
    kb.practices().forEach(p -> out.add(Urls.practice(p.slug())));
    kb.recommendations().forEach(r -> out.add(Urls.recommendation(r.slug())));
    kb.pages().forEach(p -> out.add(Urls.page(p.slug())));
    return out;
  }
}
