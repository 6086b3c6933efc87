package org.stek.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.stek.config.Section;
import org.stek.content.KnowledgeBase;
import org.stek.content.Practice;
import org.stek.files.PageSink;
import org.stek.files.ScriptJson;
import org.stek.markdown.BodySection;
import org.stek.markdown.RenderedBody;

/**
 * The practices' sections as plain text, for the compare page to show one side by side: classic
 * scripts {@code sections/N.js} (the page works from file://, where nothing can be fetched), each
 * holding {@link #PER_SHARD} practices in the order of {@code search/facets.js}, so the page loads
 * only the shards of the practices it compares. Written only when site.yaml declares practice
 * sections.
 */
public final class SectionShards {
  public static final String FOLDER = "sections/";
  static final int PER_SHARD = 100;
  private static final JsonFactory JSON = ScriptJson.factory();

  private SectionShards() {}

  public static void write(KnowledgeBase kb, Map<String, RenderedBody> bodies, PageSink sink) {
    List<Section> declared = kb.config().sections("practice");
    if (declared.isEmpty()) return;
    List<Practice> practices = kb.practices();
    for (int start = 0; start < practices.size(); start += PER_SHARD) {
      int shard = start / PER_SHARD;
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (JsonGenerator g = JSON.createGenerator(out)) {
        g.writeRaw("(window.stekSections = window.stekSections || {})[" + shard + "] = ");
        g.writeStartArray();
        for (Practice p : practices.subList(start, Math.min(practices.size(), start + PER_SHARD))) {
          RenderedBody body = bodies.get(p.source().relative());
          g.writeStartObject();
          if (body != null) {
            for (BodySection s : body.sections()) g.writeStringField(s.key(), s.text());
          }
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeRaw(";\n");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      sink.write(
          FOLDER + shard + ".js",
          out.toString(StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8));
    }
  }
}
