package org.stek.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.stek.config.SiteConfig;

/**
 * Everything a build publishes: the site's definition, its cards (sorted by slug), and the other
 * files of the content folder that are copied as they are.
 *
 * @param assets paths of images and attachments relative to {@code contentDir}, '/'-separated
 * @param organisations the profiles of {@code organisations/}, by slug
 * @param events the events of {@code events/}, by slug
 */
public record KnowledgeBase(
    Path contentDir,
    SiteConfig config,
    List<Practice> practices,
    List<Recommendation> recommendations,
    List<Page> pages,
    List<String> assets,
    List<Organisation> organisations,
    List<Event> events) {

  /** The knowledge base of {@code cards}, each kind in the order given. */
  public static KnowledgeBase of(
      Path contentDir, SiteConfig config, List<Card> cards, List<String> assets) {
    List<Practice> practices = new ArrayList<>();
    List<Recommendation> recommendations = new ArrayList<>();
    List<Page> pages = new ArrayList<>();
    List<Organisation> organisations = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    for (Card c : cards) {
      if (c instanceof Practice p) practices.add(p);
      else if (c instanceof Recommendation r) recommendations.add(r);
      else if (c instanceof Organisation o) organisations.add(o);
      else if (c instanceof Event e) events.add(e);
      else pages.add((Page) c);
    }
    return new KnowledgeBase(
        contentDir,
        config,
        List.copyOf(practices),
        List.copyOf(recommendations),
        List.copyOf(pages),
        assets,
        List.copyOf(organisations),
        List.copyOf(events));
  }

  /** Every card: practices, recommendations, pages, organisation profiles, events. */
  public List<Card> cards() {
    List<Card> all =
        new ArrayList<>(
            practices.size()
                + recommendations.size()
                + pages.size()
                + organisations.size()
                + events.size());
    all.addAll(practices);
    all.addAll(recommendations);
    all.addAll(pages);
    all.addAll(organisations);
    all.addAll(events);
    return all;
  }

  /**
   * The same knowledge base without the cards' source text: after the Markdown stage only the
   * rendered bodies are used, and at 100,000 cards the sources are half a gigabyte.
   */
  public KnowledgeBase withoutSourceText() {
    return of(
        contentDir,
        config,
        cards().stream().map(c -> c.withSource(c.source().withoutText())).toList(),
        assets);
  }
}
