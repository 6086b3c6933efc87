package org.stek.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.stek.content.KnowledgeBase;
import org.stek.content.Page;
import org.stek.content.Practice;
import org.stek.content.Recommendation;
import org.stek.content.Urls;
import org.stek.files.FileLabel;
import org.stek.markdown.RenderedBody;
import org.stek.schema.ContributeForm;

/** The list of pages a site consists of: which template renders each, with what data. */
final class SitePages {
  /** How many practices the home page shows as "newest". */
  static final int HOME_NEWEST = 6;

  static final String OVERVIEW = "overview.html";

  static final String COMPARE = "compare.html";

  /** A page to render; {@code section} is the navigation entry it belongs to. */
  record Entry(PageKind kind, ViewModel.PageMeta meta, String section, Record model) {
    String root() {
      return Urls.rootOf(meta.url());
    }
  }

  private final KnowledgeBase kb;
  private final ViewBuilder views;
  private final Messages messages;
  private final Map<String, RenderedBody> bodies;
  private final Matching matching;
  private final Events events;

  SitePages(
      KnowledgeBase kb,
      ViewBuilder views,
      Messages messages,
      Map<String, RenderedBody> bodies,
      java.time.LocalDate today) {
    this.kb = kb;
    this.views = views;
    this.messages = messages;
    this.bodies = bodies;
    this.matching = new Matching(kb, bodies);
    this.events = new Events(kb, bodies, today, views, messages);
  }

  PageModels.Globals globals() {
    var c = kb.config();
    List<ViewModel.PageLink> footer = new ArrayList<>();
    menuPages().forEach(p -> footer.add(new ViewModel.PageLink(p.title(), Urls.page(p.slug()))));
    // The contribute form is on every site; authors find it from any page.
    footer.add(
        new ViewModel.PageLink(
            new org.stek.schema.FieldText(c.language()).get("form.title"), ContributeForm.URL));
    return new PageModels.Globals(
        new ViewModel.Site(c.title(), c.tagline(), c.description(), c.language(), c.baseUrl()),
        messages,
        views.taxonomies,
        footer,
        Urls.download(),
        indexes());
  }

  private List<ViewModel.PageLink> indexes() {
    List<ViewModel.PageLink> links = new ArrayList<>();
    for (NameIndex names : List.of(views.organisations, views.municipalities)) {
      if (!names.isEmpty()) {
        links.add(new ViewModel.PageLink(names.taxonomy.label(), names.taxonomy.url()));
      }
    }
    if (!matching.organisations.isEmpty()) {
      links.add(new ViewModel.PageLink(messages.get("profiles.title"), Urls.profiles()));
    }
    if (!matching.topics.isEmpty()) {
      links.add(new ViewModel.PageLink(messages.get("matching.title"), Urls.matching()));
    }
    return links;
  }

  List<ViewModel.NavItem> nav(String section) {
    List<ViewModel.NavItem> items = new ArrayList<>();
    items.add(new ViewModel.NavItem(messages.get("nav.home"), Urls.home(), section.equals("home")));
    items.add(
        new ViewModel.NavItem(
            messages.get("nav.practices"), Urls.practices(), section.equals("practices")));
    ViewModel.Taxonomy themes = views.taxonomy("themes");
    if (themes != null) {
      items.add(new ViewModel.NavItem(themes.label(), themes.url(), section.equals("themes")));
    }
    if (!kb.recommendations().isEmpty()) {
      items.add(
          new ViewModel.NavItem(
              messages.get("nav.recommendations"),
              Urls.recommendations(),
              section.equals("recommendations")));
    }
    if (!events.isEmpty()) {
      items.add(
          new ViewModel.NavItem(
              messages.get("nav.events"), Urls.events(), section.equals("events")));
    }
    items.add(
        new ViewModel.NavItem(messages.get("nav.overview"), OVERVIEW, section.equals("overview")));
    for (Page p : menuPages()) {
      if (p.menu() != null) {
        items.add(
            new ViewModel.NavItem(
                p.title(), Urls.page(p.slug()), section.equals("page:" + p.slug())));
      }
    }
    return items;
  }

  private List<Page> menuPages() {
    return kb.pages().stream()
        .sorted(
            Comparator.comparing((Page p) -> p.menu() == null ? Integer.MAX_VALUE : p.menu())
                .thenComparing(Page::slug))
        .toList();
  }

  List<Entry> all() {
    var c = kb.config();
    List<Entry> out = new ArrayList<>();
    List<ViewModel.Practice> newest = views.newest();
    var counts =
        new ViewModel.Counts(
            newest.size(),
            kb.recommendations().size(),
            views.organisations.taxonomy.values().size(),
            views.municipalities.taxonomy.values().size());
    out.add(
        entry(
            PageKind.HOME,
            "home",
            Urls.home(),
            c.title(),
            c.description(),
            new PageModels.Home(
                newest.subList(0, Math.min(HOME_NEWEST, newest.size())),
                counts,
                views.recommendations,
                homeEvents())));
    for (var slice : Pager.pages(Urls.practices(), newest)) {
      out.add(
          entry(
              PageKind.PRACTICES,
              "practices",
              slice.url(),
              pageTitle(messages.get("practices.title"), slice.pagination()),
              messages.get("practices.description", newest.size()),
              new PageModels.Listing(null, null, slice.items(), slice.pagination(), null)));
    }
    for (ViewModel.Practice p : newest) {
      String image = p.image() == null || !c.hasBaseUrl() ? "" : c.baseUrl() + p.image().url();
      out.add(
          new Entry(
              PageKind.PRACTICE,
              meta(PageKind.PRACTICE, p.url(), p.title(), p.summary(), image, "article"),
              "practices",
              new PageModels.PracticePage(p, events.withPractice(p.url()))));
    }
    for (ViewModel.Taxonomy t : views.taxonomies) {
      String section = t.key().equals("themes") ? "themes" : "practices";
      taxonomyPages(
          out,
          t,
          section,
          term -> views.withTerm(t.key(), term.key()),
          ViewModel.Term::description,
          term -> null,
          term -> t.key().equals("themes") ? events.withTheme(term.key()) : null);
    }
    names(out, views.organisations);
    names(out, views.municipalities);
    profilesPage(out);
    matchingPage(out);
    eventPages(out);
    if (!views.recommendations.isEmpty()) {
      out.add(
          fixed(
              PageKind.RECOMMENDATIONS,
              "recommendations",
              Urls.recommendations(),
              "recommendations",
              new PageModels.Recommendations(views.recommendations)));
      for (ViewModel.Recommendation r : views.recommendations) {
        out.add(
            new Entry(
                PageKind.RECOMMENDATION,
                meta(PageKind.RECOMMENDATION, r.url(), r.title(), r.summary(), "", "article"),
                "recommendations",
                new PageModels.RecommendationPage(r)));
      }
    }
    for (Page p : kb.pages()) {
      RenderedBody body = bodies.get(p.source().relative());
      var doc =
          new ViewModel.Doc(
              p.title(), p.summary(), body == null ? "" : body.html(), Urls.page(p.slug()));
      out.add(
          entry(
              PageKind.PAGE,
              "page:" + p.slug(),
              doc.url(),
              p.title(),
              p.summary() == null ? "" : p.summary(),
              new PageModels.DocPage(doc)));
    }
    ViewModel.Taxonomy themes = views.taxonomy("themes");
    out.add(
        entry(
            PageKind.OVERVIEW,
            "overview",
            OVERVIEW,
            messages.get("overview.title"),
            messages.get("overview.description"),
            new PageModels.OverviewPage(
                Overview.charts(kb, messages),
                kb.practices().size(),
                Overview.grid(kb),
                themes,
                Raters.of(kb))));
    String lang = kb.config().language();
    List<ViewModel.TocEntry> sections =
        kb.config().sections("practice").stream()
            .map(s -> new ViewModel.TocEntry(s.heading().in(lang), s.key()))
            .toList();
    out.add(
        fixed(PageKind.COMPARE, "practices", COMPARE, "compare", new PageModels.Compare(sections)));
    out.add(
        entry(
            PageKind.SEARCH,
            "search",
            Urls.search(),
            messages.get("search.title"),
            "",
            new PageModels.Themes(themes)));
    for (ContributeForm form : ContributeForm.all(c)) {
      out.add(
          entry(
              PageKind.CONTRIBUTE,
              "contribute",
              form.url(),
              form.text().get("title"),
              form.text().get("intro"),
              new PageModels.Contribute(form)));
    }
    out.add(
        entry(
            PageKind.NOT_FOUND,
            "",
            Urls.notFound(),
            messages.get("notfound.title"),
            "",
            new PageModels.None()));
    return out;
  }

  /**
   * The index of the names cards give as text, and a page of practices for each name; an
   * organisation with a profile gets its profile page instead.
   */
  private void names(List<Entry> out, NameIndex names) {
    if (names.isEmpty()) return;
    taxonomyPages(
        out,
        names.taxonomy,
        "practices",
        names::practices,
        term -> messages.get("names.description", term.label()),
        term -> profilePage(term, names),
        term -> names == views.organisations ? events.withOrganisation(term.url()) : null);
  }

  private Entry profilePage(ViewModel.Term term, NameIndex names) {
    ViewModel.Organisation o = matching.byUrl(term.url());
    if (o == null) return null;
    return entry(
        PageKind.ORGANISATION,
        "practices",
        o.url(),
        o.name(),
        o.description(),
        new PageModels.OrganisationPage(
            o,
            names.practices(term),
            matching.helpersOf(o),
            matching.helpedBy(o),
            events.withOrganisation(o.url())));
  }

  /**
   * The list of profiles, filtered in the browser (search/profile-facets.js), when there are any.
   * Its section has no menu item (nor has the matching page's): the menu marks none as current.
   */
  private void profilesPage(List<Entry> out) {
    if (matching.organisations.isEmpty()) return;
    out.add(
        fixed(
            PageKind.PROFILES,
            "profiles",
            Urls.profiles(),
            "profiles",
            new PageModels.ProfilesPage(List.copyOf(matching.organisations))));
  }

  /** Who offers and who seeks what, when the profiles offer or seek anything. */
  private void matchingPage(List<Entry> out) {
    if (matching.topics.isEmpty()) return;
    out.add(
        fixed(
            PageKind.MATCHING,
            "matching",
            Urls.matching(),
            "matching",
            new PageModels.MatchingPage(matching.topics)));
  }

  /** The next upcoming events for the home page, null when there are none. */
  private List<ViewModel.Event> homeEvents() {
    List<ViewModel.Event> next = events.upcoming(e -> true);
    return next == null ? null : next.subList(0, Math.min(Events.HOME_UPCOMING, next.size()));
  }

  /** The events index and a page per event, when the site has events. */
  private void eventPages(List<Entry> out) {
    if (events.isEmpty()) return;
    out.add(
        fixed(
            PageKind.EVENTS,
            "events",
            Urls.events(),
            "events",
            new PageModels.EventsPage(
                events.upcoming,
                events.past,
                Urls.calendar(),
                kb.config().hasBaseUrl() ? Urls.eventFeed() : null)));
    for (ViewModel.Event e :
        Stream.concat(events.upcoming.stream(), events.past.stream()).toList()) {
      out.add(
          new Entry(
              PageKind.EVENT,
              meta(PageKind.EVENT, e.url(), e.title(), e.summary(), "", "article"),
              "events",
              new PageModels.EventPage(e)));
    }
  }

  /** A taxonomy's page, and the pages of practices of each of its values. */
  private void taxonomyPages(
      List<Entry> out,
      ViewModel.Taxonomy t,
      String section,
      Function<ViewModel.Term, List<ViewModel.Practice>> practices,
      Function<ViewModel.Term, String> description,
      Function<ViewModel.Term, Entry> instead,
      Function<ViewModel.Term, List<ViewModel.Event>> upcoming) {
    out.add(
        entry(
            PageKind.TAXONOMY,
            section,
            t.url(),
            t.label(),
            messages.get("taxonomy.description", t.label()),
            new PageModels.TaxonomyPage(t)));
    for (ViewModel.Term term : t.values()) {
      Entry own = instead.apply(term);
      if (own != null) {
        out.add(own);
        continue;
      }
      for (var slice : Pager.pages(term.url(), practices.apply(term))) {
        out.add(
            entry(
                PageKind.TERM,
                section,
                slice.url(),
                pageTitle(term.label(), slice.pagination()),
                description.apply(term),
                new PageModels.Listing(
                    t,
                    term,
                    slice.items(),
                    slice.pagination(),
                    slice.pagination().current() == 1 ? upcoming.apply(term) : null)));
      }
    }
  }

  /**
   * The download page: the zip as the output stage wrote it, and the date of the newest card in it.
   * Not in {@link #all}: it is rendered once the zip is written, and is not in the zip.
   */
  Entry download(ViewModel.Archive archive) {
    String lang = kb.config().language();
    String file = archive.url().substring(archive.url().lastIndexOf('/') + 1);
    java.time.LocalDate newest = null;
    for (Practice p : kb.practices()) newest = later(later(newest, p.published()), p.updated());
    for (Recommendation r : kb.recommendations()) newest = later(newest, r.published());
    var zip =
        new ViewModel.Download(
            file,
            file.substring(0, file.length() - ".zip".length()),
            FileLabel.size(archive.bytes(), lang),
            archive.bytes(),
            archive.sha256(),
            newest == null ? null : newest.toString(),
            views.label(newest));
    return fixed(PageKind.DOWNLOAD, "", Urls.download(), "download", new PageModels.Download(zip));
  }

  private static java.time.LocalDate later(java.time.LocalDate a, java.time.LocalDate b) {
    return a == null || (b != null && b.isAfter(a)) ? b : a;
  }

  private String pageTitle(String title, ViewModel.Pagination p) {
    return p.current() == 1
        ? title
        : messages.get("pagination.title", title, p.current(), p.total());
  }

  /**
   * A page titled and described by the UI strings {@code key.title} and {@code key.description}.
   */
  private Entry fixed(PageKind kind, String section, String url, String key, Record model) {
    String title = messages.get(key + ".title");
    return entry(kind, section, url, title, messages.get(key + ".description"), model);
  }

  private Entry entry(
      PageKind kind, String section, String url, String title, String description, Record model) {
    return new Entry(kind, meta(kind, url, title, description, "", "website"), section, model);
  }

  private ViewModel.PageMeta meta(
      PageKind kind, String url, String title, String description, String image, String type) {
    String base = kb.config().baseUrl();
    String canonical = base.isEmpty() ? "" : base + (url.equals(Urls.home()) ? "" : url);
    return new ViewModel.PageMeta(
        title,
        description == null ? "" : description,
        url,
        canonical,
        image,
        type,
        kind.template());
  }
}
