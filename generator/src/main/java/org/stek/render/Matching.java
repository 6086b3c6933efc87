package org.stek.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stek.config.SiteConfig;
import org.stek.config.Taxonomy;
import org.stek.config.TaxonomyValue;
import org.stek.content.KnowledgeBase;
import org.stek.content.Organisation;
import org.stek.content.Urls;
import org.stek.markdown.RenderedBody;

/**
 * The organisation profiles as views, and who matches whom: an organisation that offers a value and
 * one that seeks the same value (by key, so offers and seeks may be two taxonomies sharing keys).
 */
final class Matching {
  final List<ViewModel.Organisation> organisations = new ArrayList<>();

  /** Every value someone offers or seeks, in site.yaml's order (offers' taxonomy first). */
  final List<ViewModel.TopicMatch> topics = new ArrayList<>();

  private final Map<String, ViewModel.TopicMatch> byKey = new LinkedHashMap<>();

  Matching(KnowledgeBase kb, Map<String, RenderedBody> bodies) {
    SiteConfig c = kb.config();
    String lang = c.language();
    Taxonomy offers =
        c.taxonomy(c.profiles().offers() == null ? "" : c.profiles().offers()).orElse(null);
    Taxonomy seeks =
        c.taxonomy(c.profiles().seeks() == null ? "" : c.profiles().seeks()).orElse(null);
    Map<String, ViewModel.Term> terms = new LinkedHashMap<>();
    for (Taxonomy t : new Taxonomy[] {offers, seeks}) {
      if (t == null) continue;
      for (TaxonomyValue v : t.values()) {
        terms.putIfAbsent(
            v.key(),
            new ViewModel.Term(
                v.key(), v.label().in(lang), v.description(), Urls.term(t.key(), v.key()), 0));
      }
    }
    Map<String, List<ViewModel.OrganisationRef>> offering = new LinkedHashMap<>();
    Map<String, List<ViewModel.OrganisationRef>> seeking = new LinkedHashMap<>();
    for (Organisation o : kb.organisations()) {
      RenderedBody body = bodies.get(o.source().relative());
      var ref = new ViewModel.OrganisationRef(o.title(), o.url(), o.place());
      o.offers().forEach(k -> offering.computeIfAbsent(k, x -> new ArrayList<>()).add(ref));
      o.seeks().forEach(k -> seeking.computeIfAbsent(k, x -> new ArrayList<>()).add(ref));
      organisations.add(
          new ViewModel.Organisation(
              o.slug(),
              o.url(),
              o.title(),
              o.summary(),
              o.kind(),
              o.place(),
              o.website(),
              o.contact() == null
                  ? null
                  : new ViewModel.Contact(
                      o.contact().name(), o.contact().email(), o.contact().url()),
              o.logo() == null ? null : new ViewModel.Image(o.logo().file(), o.logo().alt()),
              o.offers().stream().map(terms::get).toList(),
              o.seeks().stream().map(terms::get).toList(),
              body == null ? "" : body.html()));
    }
    for (ViewModel.Term t : terms.values()) {
      List<ViewModel.OrganisationRef> offer = offering.getOrDefault(t.key(), List.of());
      List<ViewModel.OrganisationRef> seek = seeking.getOrDefault(t.key(), List.of());
      if (offer.isEmpty() && seek.isEmpty()) continue;
      var match = new ViewModel.TopicMatch(t, List.copyOf(offer), List.copyOf(seek));
      topics.add(match);
      byKey.put(t.key(), match);
    }
  }

  /**
   * For each value {@code o} seeks, the other organisations that offer it ("who can help you");
   * values no one offers are left out.
   */
  List<ViewModel.TopicMatch> helpersOf(ViewModel.Organisation o) {
    List<ViewModel.TopicMatch> out = new ArrayList<>();
    for (ViewModel.Term t : o.seeks()) {
      var others = others(byKey.get(t.key()).offer(), o);
      if (!others.isEmpty()) out.add(new ViewModel.TopicMatch(t, others, List.of()));
    }
    return out;
  }

  /**
   * For each value {@code o} offers, the other organisations that seek it ("whom you could help").
   */
  List<ViewModel.TopicMatch> helpedBy(ViewModel.Organisation o) {
    List<ViewModel.TopicMatch> out = new ArrayList<>();
    for (ViewModel.Term t : o.offers()) {
      var others = others(byKey.get(t.key()).seek(), o);
      if (!others.isEmpty()) out.add(new ViewModel.TopicMatch(t, List.of(), others));
    }
    return out;
  }

  /** The profile whose page is {@code url}, or null. */
  ViewModel.Organisation byUrl(String url) {
    return organisations.stream().filter(o -> o.url().equals(url)).findFirst().orElse(null);
  }

  private static List<ViewModel.OrganisationRef> others(
      List<ViewModel.OrganisationRef> refs, ViewModel.Organisation o) {
    return refs.stream().filter(r -> !r.url().equals(o.url())).toList();
  }
}
