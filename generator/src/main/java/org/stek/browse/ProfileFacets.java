package org.stek.browse;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.stek.config.SiteConfig;
import org.stek.config.Taxonomy;
import org.stek.content.KnowledgeBase;
import org.stek.content.Organisation;
import org.stek.files.PageSink;
import org.stek.schema.FieldText;

/**
 * {@code search/profile-facets.js}: what the profiles list ({@code profiles/index.html}) filters
 * on, in the shape of {@link FacetData}'s taxonomies so that {@code stek.facetValues} reads it:
 * {@code stek.addFacets({v: 1, n, slugs, tax: [kind, place, offers, seeks]})}, profile i being the
 * i-th of the knowledge base's profiles (by slug). Kind and place are free text: each distinct text
 * is a value, in the site language's order. Written only when the site has profiles.
 */
public final class ProfileFacets {
  public static final String URL = "search/profile-facets.js";

  private ProfileFacets() {}

  public static long write(KnowledgeBase kb, PageSink sink) {
    List<Organisation> profiles = kb.organisations();
    if (profiles.isEmpty()) return 0;
    SiteConfig c = kb.config();
    String lang = c.language();
    FieldText text = new FieldText(lang);
    return FacetData.script(
        sink,
        URL,
        profiles.size(),
        g -> {
          g.writeArrayFieldStart("slugs");
          for (Organisation o : profiles) g.writeString(o.slug());
          g.writeEndArray();
          g.writeArrayFieldStart("tax");
          free(g, "kind", text.get("kind.label"), profiles, Organisation::kind, lang);
          free(g, "place", text.get("place.label"), profiles, Organisation::place, lang);
          wants(g, "offers", text.get("offers.label"), c, c.profiles().offers(), profiles, lang);
          wants(g, "seeks", text.get("seeks.label"), c, c.profiles().seeks(), profiles, lang);
          g.writeEndArray();
        });
  }

  /** A free-text field as a facet: each text a value, sorted; none when no profile has it. */
  private static void free(
      JsonGenerator g,
      String key,
      String label,
      List<Organisation> profiles,
      Function<Organisation, String> field,
      String lang)
      throws IOException {
    Collator collator = Collator.getInstance(Locale.forLanguageTag(lang));
    List<String> texts =
        profiles.stream().map(field).filter(Objects::nonNull).distinct().sorted(collator).toList();
    if (texts.isEmpty()) return;
    FacetData.facet(
        g,
        key,
        label,
        texts.stream().map(t -> new String[] {t, t}).toList(),
        profiles.stream()
            .map(o -> field.apply(o) == null ? List.<String>of() : List.of(field.apply(o)))
            .toList());
  }

  /** What profiles offer or seek, as the values of the taxonomy site.yaml names for it. */
  private static void wants(
      JsonGenerator g,
      String key,
      String label,
      SiteConfig c,
      String taxonomy,
      List<Organisation> profiles,
      String lang)
      throws IOException {
    Taxonomy t = taxonomy == null ? null : c.taxonomy(taxonomy).orElse(null);
    if (t == null) return;
    List<List<String>> cards = new ArrayList<>();
    for (Organisation o : profiles) cards.add(key.equals("offers") ? o.offers() : o.seeks());
    FacetData.facet(
        g,
        key,
        label,
        t.values().stream().map(v -> new String[] {v.key(), v.label().in(lang)}).toList(),
        cards);
  }
}
