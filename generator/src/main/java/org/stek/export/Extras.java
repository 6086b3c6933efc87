package org.stek.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.stek.config.RatingScale;
import org.stek.config.Section;
import org.stek.content.ContentLoader;
import org.stek.content.KnowledgeBase;
import org.stek.content.Practice;
import org.stek.files.FileLabel;
import org.stek.markdown.BodySection;
import org.stek.markdown.LinkedFile;
import org.stek.markdown.RenderedBody;

/**
 * The fields of a practice in practices.json that only sites using them have: its sections (when
 * site.yaml declares them), its ratings' provenance and its attachments (when any card has them). A
 * site without them writes the file as before.
 */
record Extras(boolean sections, boolean provenance, boolean attachments) {
  static Extras of(KnowledgeBase kb, Map<String, RenderedBody> bodies) {
    boolean provenance = kb.practices().stream().anyMatch(p -> !p.provenance().isEmpty());
    boolean attachments =
        kb.practices().stream()
            .anyMatch(p -> !LinkedFile.offeredBy(p, bodies.get(p.source().relative())).isEmpty());
    return new Extras(!kb.config().sections("practice").isEmpty(), provenance, attachments);
  }

  void write(JsonGenerator g, KnowledgeBase kb, Practice p, RenderedBody body) throws IOException {
    if (sections) {
      g.writeObjectFieldStart("sections");
      List<BodySection> found = body == null ? List.of() : body.sections();
      for (Section s : kb.config().sections("practice")) {
        String text = null;
        for (BodySection b : found) if (b.key().equals(s.key())) text = b.text();
        g.writeStringField(s.key(), text);
      }
      g.writeEndObject();
    }
    if (provenance) {
      g.writeObjectFieldStart("rating_provenance");
      for (RatingScale s : kb.config().ratings()) {
        Practice.Provenance pv = p.provenance().get(s.key());
        if (pv == null) {
          g.writeNullField(s.key());
          continue;
        }
        g.writeObjectFieldStart(s.key());
        g.writeStringField("by", pv.by());
        g.writeStringField("date", pv.date() == null ? null : pv.date().toString());
        g.writeStringField("why", pv.why());
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    if (attachments) {
      g.writeArrayFieldStart("attachments");
      for (var f : LinkedFile.offeredBy(p, body).entrySet()) {
        g.writeStartObject();
        g.writeStringField("url", f.getKey());
        g.writeStringField("title", f.getValue());
        g.writeStringField("type", FileLabel.type(f.getKey()));
        g.writeNumberField("bytes", ContentLoader.sizeOf(kb.contentDir().resolve(f.getKey())));
        g.writeEndObject();
      }
      g.writeEndArray();
    }
  }
}
