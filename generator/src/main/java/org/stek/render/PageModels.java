package org.stek.render;

import java.util.List;
import org.stek.schema.ContributeForm;

/**
 * What each kind of page adds to the globals: one record per shape, whose component names are the
 * names templates use. A null component is left out, so that a template's {@code x??} says whether
 * the page has it.
 */
final class PageModels {
  private PageModels() {}

  /**
   * What every page has. {@code indexes}: the browsable lists beside the taxonomies (organisations,
   * municipalities), only those the site has; for listing pages only, since a card's page must come
   * out of the preview's first phase (a small knowledge base) as from the whole site.
   */
  record Globals(
      ViewModel.Site site,
      Messages msg,
      List<ViewModel.Taxonomy> taxonomies,
      List<ViewModel.PageLink> footerPages,
      String download,
      List<ViewModel.PageLink> indexes) {}

  /** {@code events}: the next upcoming events, null when there are none. */
  record Home(
      List<ViewModel.Practice> newest,
      ViewModel.Counts counts,
      List<ViewModel.Recommendation> recommendations,
      List<ViewModel.Event> events) {}

  /**
   * A page of a list of practices: all of them, or those with a taxonomy's term; {@code events}:
   * the term's upcoming events, null when none.
   */
  record Listing(
      ViewModel.Taxonomy taxonomy,
      ViewModel.Term term,
      List<ViewModel.Practice> practices,
      ViewModel.Pagination pagination,
      List<ViewModel.Event> events) {}

  /** {@code events}: the upcoming events that name the practice, null when none. */
  record PracticePage(ViewModel.Practice p, List<ViewModel.Event> events) {}

  /**
   * The events index: upcoming (soonest first), past (latest first); {@code calendar} the .ics of
   * every upcoming event, {@code feed} the Atom feed (null without a base URL).
   */
  record EventsPage(
      List<ViewModel.Event> upcoming, List<ViewModel.Event> past, String calendar, String feed) {}

  record EventPage(ViewModel.Event e) {}

  record TaxonomyPage(ViewModel.Taxonomy taxonomy) {}

  record Recommendations(List<ViewModel.Recommendation> recommendations) {}

  record RecommendationPage(ViewModel.Recommendation r) {}

  record DocPage(ViewModel.Doc doc) {}

  /**
   * An organisation's profile with its practices; {@code helpers}: per value it seeks, who offers
   * it; {@code helped}: per value it offers, who seeks it.
   */
  record OrganisationPage(
      ViewModel.Organisation o,
      List<ViewModel.Practice> practices,
      List<ViewModel.TopicMatch> helpers,
      List<ViewModel.TopicMatch> helped,
      List<ViewModel.Event> events) {}

  /** Every profile, as the list the filters of profiles.js narrow. */
  record ProfilesPage(List<ViewModel.Organisation> profiles) {}

  /** Every value offered or sought, with who offers and who seeks it. */
  record MatchingPage(List<ViewModel.TopicMatch> topics) {}

  /**
   * @param raters who rated how many practices; null when no card says and site.yaml asks nothing
   */
  record OverviewPage(
      List<Overview.Chart> charts,
      int total,
      Overview.Grid grid,
      ViewModel.Taxonomy themes,
      Raters raters) {}

  /**
   * The compare page; {@code sections} are the practice sections one may show side by side, as
   * {@code heading} and {@code id} (the section's key), empty when site.yaml declares none.
   */
  record Compare(List<ViewModel.TocEntry> sections) {}

  /** The search page and the compare page, which filter by theme when the site has themes. */
  record Themes(ViewModel.Taxonomy themes) {}

  record Contribute(ContributeForm form) {}

  record Download(ViewModel.Download zip) {}

  record None() {}
}
