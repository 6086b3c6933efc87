package org.stek.browse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stek.config.RatingScale;
import org.stek.config.SiteConfig;
import org.stek.config.Taxonomy;
import org.stek.content.KnowledgeBase;
import org.stek.content.Practice;
import org.stek.files.PageSink;
import org.stek.files.ScriptJson;

/**
 * {@code search/facets.js}: what the practices list filters and sorts on, column by column, as
 * small integers. Card i is document i of the search index, whose shards {@code d-N.js} hold what a
 * row shows; so this file stays under 100 bytes a card. Shape (docs in themes/default/README):
 *
 * <pre>
 * stek.addFacets({v: 1, n, slugs: [...], tax: [{key, label, values: [[key, label]], ix?, cards: [...]}],
 *   countries: [[key, label]], country: [...], ratings: [{key, label, max, cards: [...]}],
 *   date: [...], title: [...], started: [...]})
 * </pre>
 *
 * A taxonomy's {@code cards[i]} is a bitmask of the values card i has (bit j = values[j]); for a
 * taxonomy of more than 52 values (then {@code ix: 1}) it is the list of those j instead, so that a
 * municipality out of 300 costs a card four bytes. Date is days since 1970 (0 unknown), title the
 * card's rank by title, started a year (0 unknown).
 */
public final class FacetData {
  public static final String URL = "search/facets.js";

  /** The bits of a JavaScript number's mantissa: the widest exact bitmask. */
  static final int MASK_BITS = 52;

  private static final JsonFactory JSON = ScriptJson.factory();

  private FacetData() {}

  public static long write(KnowledgeBase kb, PageSink sink) {
    SiteConfig c = kb.config();
    String lang = c.language();
    List<Practice> cards = kb.practices();
    return script(
        sink,
        URL,
        cards.size(),
        g -> {
          g.writeArrayFieldStart("slugs");
          for (Practice p : cards) g.writeString(p.slug());
          g.writeEndArray();
          g.writeArrayFieldStart("tax");
          for (Taxonomy t : c.taxonomies()) taxonomy(g, t, cards, lang);
          g.writeEndArray();
          List<String> countries = new ArrayList<>(c.countries().keySet());
          g.writeArrayFieldStart("countries");
          for (String k : countries) {
            g.writeStartArray();
            g.writeString(k);
            g.writeString(c.countries().get(k).in(lang));
            g.writeEndArray();
          }
          g.writeEndArray();
          g.writeArrayFieldStart("country");
          for (Practice p : cards) g.writeNumber(countries.indexOf(p.country()));
          g.writeEndArray();
          g.writeArrayFieldStart("ratings");
          for (RatingScale s : c.ratings()) {
            g.writeStartObject();
            g.writeStringField("key", s.key());
            g.writeStringField("label", s.label().in(lang));
            g.writeNumberField("max", s.max());
            g.writeArrayFieldStart("cards");
            for (Practice p : cards) g.writeNumber(p.ratings().getOrDefault(s.key(), 0));
            g.writeEndArray();
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeArrayFieldStart("date");
          for (Practice p : cards)
            g.writeNumber(p.published() == null ? 0 : p.published().toEpochDay());
          g.writeEndArray();
          g.writeArrayFieldStart("title");
          for (int r : titleRanks(cards, lang)) g.writeNumber(r);
          g.writeEndArray();
          g.writeArrayFieldStart("started");
          for (Practice p : cards) g.writeNumber(p.started() == null ? 0 : p.started());
          g.writeEndArray();
        });
  }

  /** What a facet script holds after its {@code v} and {@code n}. */
  interface Fields {
    void write(JsonGenerator g) throws IOException;
  }

  /**
   * Writes {@code stek.addFacets({v: 1, n, ...fields});} to {@code url}.
   *
   * @return its length in bytes
   */
  static long script(PageSink sink, String url, int n, Fields fields) {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try {
      buf.write("stek.addFacets(".getBytes(StandardCharsets.UTF_8));
      try (JsonGenerator g = JSON.createGenerator(buf)) {
        g.writeStartObject();
        g.writeNumberField("v", 1);
        g.writeNumberField("n", n);
        fields.write(g);
        g.writeEndObject();
      }
      buf.write(");\n".getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] bytes = buf.toByteArray();
    sink.write(url, bytes);
    return bytes.length;
  }

  private static void taxonomy(JsonGenerator g, Taxonomy t, List<Practice> cards, String lang)
      throws IOException {
    facet(
        g,
        t.key(),
        t.label().in(lang),
        t.values().stream().map(v -> new String[] {v.key(), v.label().in(lang)}).toList(),
        cards.stream().map(p -> p.values(t.key())).toList());
  }

  /**
   * One facet: its values ({@code [key, label]}) and, for each card, the values it has, as a
   * bitmask while it fits a JavaScript number exactly and as the value indexes beyond ({@code ix:
   * 1}); {@code stek.facetValues} reads both.
   */
  static void facet(
      JsonGenerator g,
      String key,
      String label,
      List<String[]> values,
      List<? extends Collection<String>> cards)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("key", key);
    g.writeStringField("label", label);
    g.writeArrayFieldStart("values");
    for (String[] v : values) {
      g.writeStartArray();
      g.writeString(v[0]);
      g.writeString(v[1]);
      g.writeEndArray();
    }
    g.writeEndArray();
    Map<String, Integer> index = new HashMap<>();
    for (int j = 0; j < values.size(); j++) index.put(values.get(j)[0], j);
    boolean asIndexes = values.size() > MASK_BITS;
    if (asIndexes) g.writeNumberField("ix", 1);
    g.writeArrayFieldStart("cards");
    for (Collection<String> has : cards) {
      if (asIndexes) {
        g.writeStartArray();
        for (String k : new LinkedHashSet<>(has)) g.writeNumber(index.get(k));
        g.writeEndArray();
        continue;
      }
      long mask = 0;
      for (String k : has) mask |= 1L << index.get(k);
      g.writeNumber(mask);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** Each card's place when sorted by title in the site's language (accents sort as letters). */
  static int[] titleRanks(List<Practice> cards, String lang) {
    Collator collator = Collator.getInstance(Locale.forLanguageTag(lang));
    // A collation key per title: comparing keys is far cheaper than collating strings each time.
    java.text.CollationKey[] keys = new java.text.CollationKey[cards.size()];
    Integer[] order = new Integer[cards.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
      keys[i] = collator.getCollationKey(cards.get(i).title());
    }
    java.util.Arrays.sort(
        order,
        Comparator.<Integer, java.text.CollationKey>comparing(i -> keys[i])
            .thenComparing(i -> cards.get(i).slug()));
    int[] rank = new int[cards.size()];
    for (int r = 0; r < order.length; r++) rank[order[r]] = r;
    return rank;
  }
}
