package org.stek.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.stek.config.RatingLevel;
import org.stek.config.RatingScale;
import org.stek.config.Section;
import org.stek.config.SiteConfig;
import org.stek.config.Taxonomy;
import org.stek.config.TaxonomyValue;
import org.stek.content.KnowledgeBase;
import org.stek.content.OrganisationNames;
import org.stek.content.Practice;
import org.stek.content.Urls;
import org.stek.files.PageSink;
import org.stek.markdown.RenderedBody;

/**
 * {@code practices.json}: every practice's metadata, summary and plain text, with the labels of
 * every taxonomy value and rating level, so a script needs nothing else. The shape is documented in
 * docs/data.md; {@link #VERSION} changes when it changes incompatibly.
 */
public final class PracticesJson {
  public static final String URL = "practices.json";
  public static final int VERSION = 1;
  private static final JsonFactory JSON = new JsonFactory();

  private PracticesJson() {}

  public static void write(KnowledgeBase kb, Map<String, RenderedBody> bodies, PageSink sink) {
    SiteConfig c = kb.config();
    String lang = c.language();
    // Streamed: at 100,000 cards the file is about half a gigabyte.
    try (java.io.OutputStream file = sink.open(URL);
        JsonGenerator g = JSON.createGenerator(file)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeNumberField("version", VERSION);
      g.writeObjectFieldStart("site");
      g.writeStringField("title", c.title());
      g.writeStringField("language", lang);
      g.writeStringField("base_url", c.baseUrl());
      g.writeEndObject();
      g.writeObjectFieldStart("countries");
      for (var e : c.countries().entrySet()) g.writeStringField(e.getKey(), e.getValue().in(lang));
      g.writeEndObject();
      g.writeObjectFieldStart("taxonomies");
      for (Taxonomy t : c.taxonomies()) {
        g.writeObjectFieldStart(t.key());
        g.writeStringField("label", t.label().in(lang));
        g.writeStringField("field", t.field());
        g.writeBooleanField("multiple", t.multiple());
        g.writeObjectFieldStart("values");
        for (TaxonomyValue v : t.values()) g.writeStringField(v.key(), v.label().in(lang));
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeObjectFieldStart("ratings");
      for (RatingScale s : c.ratings()) {
        g.writeObjectFieldStart(s.key());
        g.writeStringField("label", s.label().in(lang));
        g.writeNumberField("max", s.max());
        g.writeObjectFieldStart("levels");
        for (RatingLevel l : s.levels()) g.writeStringField("" + l.level(), l.label().in(lang));
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndObject();
      Extras extras = Extras.of(kb, bodies);
      OrganisationNames names = new OrganisationNames(kb);
      if (extras.sections()) {
        g.writeObjectFieldStart("sections");
        for (Section s : c.sections("practice")) g.writeStringField(s.key(), s.heading().in(lang));
        g.writeEndObject();
      }
      g.writeArrayFieldStart("practices");
      for (Practice p : kb.practices()) {
        RenderedBody body = bodies.get(p.source().relative());
        practice(g, c, names, p, body);
        extras.write(g, kb, p, body);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void practice(
      JsonGenerator g, SiteConfig c, OrganisationNames names, Practice p, RenderedBody body)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("slug", p.slug());
    g.writeStringField("url", Urls.practice(p.slug()));
    g.writeStringField("title", p.title());
    g.writeStringField("summary", p.summary());
    g.writeStringField("organisation", names.of(p.organisation()));
    g.writeArrayFieldStart("partners");
    for (String s : names.of(p.partners())) g.writeString(s);
    g.writeEndArray();
    g.writeStringField("municipality", p.municipality());
    g.writeStringField("country", p.country());
    g.writeObjectFieldStart("taxonomies");
    for (Taxonomy t : c.taxonomies()) {
      g.writeArrayFieldStart(t.key());
      for (String v : p.values(t.key())) g.writeString(v);
      g.writeEndArray();
    }
    g.writeEndObject();
    g.writeObjectFieldStart("ratings");
    for (RatingScale s : c.ratings()) {
      Integer level = p.ratings().get(s.key());
      if (level == null) g.writeNullField(s.key());
      else g.writeNumberField(s.key(), level);
    }
    g.writeEndObject();
    number(g, "started", p.started());
    g.writeStringField("published", p.published() == null ? null : p.published().toString());
    g.writeStringField("updated", p.updated() == null ? null : p.updated().toString());
    g.writeStringField("text", body == null ? "" : body.text());
  }

  private static void number(JsonGenerator g, String name, Integer n) throws IOException {
    if (n == null) g.writeNullField(name);
    else g.writeNumberField(name, n);
  }
}
