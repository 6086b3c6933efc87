package org.stek.content;

import java.util.Set;
import java.util.TreeSet;
import org.stek.report.Problems;
import org.stek.report.Suggestions;

/**
 * The events checked against the rest: the practices and organisations they name exist, and no slug
 * takes the name of the events index or of the calendar of all events.
 */
final class EventCheck {
  private static final Set<String> RESERVED = Set.of("index", "calendar", "feed");

  private EventCheck() {}

  static void check(KnowledgeBase kb, Problems problems) {
    if (kb.events().isEmpty()) return;
    Set<String> practices = new TreeSet<>();
    kb.practices().forEach(p -> practices.add(p.slug()));
    Set<String> organisations = organisationSlugs(kb);
    for (Event e : kb.events()) {
      known(e, "practices", e.practices(), practices, "practice", problems);
      known(e, "organisations", e.organisations(), organisations, "organisation", problems);
      if (RESERVED.contains(e.slug())) {
        problems.error(
            e.source().path(),
            0,
            0,
            "the event name '" + e.slug() + "' is reserved",
            "rename the file");
      }
    }
  }

  /**
   * Every organisation with a page: each profile, and each name a practice gives as its
   * organisation or a partner (its page is {@code organisations/<slug>.html}).
   */
  static Set<String> organisationSlugs(KnowledgeBase kb) {
    Set<String> slugs = new TreeSet<>();
    kb.organisations().forEach(o -> slugs.add(o.slug()));
    for (Practice p : kb.practices()) {
      if (p.organisation() != null) slugs.add(Slugs.of(p.organisation()));
      p.partners().forEach(n -> slugs.add(Slugs.of(n)));
    }
    return slugs;
  }

  private static void known(
      Event e, String key, Iterable<String> given, Set<String> known, String what, Problems out) {
    for (String s : given) {
      if (known.contains(s)) continue;
      int[] at = ContentLoader.positionOfItem(e.source(), key, s);
      out.error(
          e.source().path(),
          at[0],
          at[1],
          "no " + what + " '" + s + "' exists",
          Suggestions.didYouMean(s, known));
    }
  }
}
