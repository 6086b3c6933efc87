package org.stek.search;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.stek.render.PageSink;

/**
 * Writes the index as classic scripts under {@code search/} that register themselves with {@code
 * stek.addShard({...})}: {@code manifest.js}; term shards {@code t-KEY.js} (each term's postings as
 * doc-id deltas and Lucene's score of {@link SearchIndex#termQuery}, 6 significant digits);
 * position shards {@code p-KEY.js}, loaded only for phrases; document shards {@code d-N.js}. A
 * shard holds the terms whose {@link #keyOf key} starts with its key; big groups split on the next
 * character.
 */
public final class IndexExport {
  /** A term shard larger than this is split by the next character of its terms. */
  static final int SHARD_BYTES = 12_000;

  static final int MAX_KEY = 6;
  static final int DOCS_PER_SHARD = 4;
  static final int EXCERPT_CHARS = 700;
  private static final MathContext DIGITS = new MathContext(6);

  private final SearchIndex index;
  private final PageSink sink;
  private long bytes;
  private int files;

  private IndexExport(SearchIndex index, PageSink sink) {
    this.index = index;
    this.sink = sink;
  }

  /** Writes every shard to {@code sink}; returns the total bytes written. */
  public static long write(SearchIndex index, PageSink sink) {
    IndexExport e = new IndexExport(index, sink);
    e.run();
    return e.bytes;
  }

  /** A term's shard key characters: a-z and 0-9 stay, anything else becomes '_'. */
  public static String keyOf(String term) {
    StringBuilder b = new StringBuilder(term.length());
    for (int i = 0; i < term.length(); i++) {
      char c = term.charAt(i);
      b.append((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ? c : '_');
    }
    return b.toString();
  }

  private void run() {
    Map<String, String> postings = new TreeMap<>();
    Map<String, String> positions = new TreeMap<>();
    for (TermPostings p : index.postings()) {
      postings.put(p.term(), postings(p));
      positions.put(p.term(), positions(p));
    }
    List<String> keys = new ArrayList<>();
    split("", new ArrayList<>(postings.keySet()), postings, positions, keys);
    writeDocs();
    writeManifest(keys);
  }

  private void split(
      String key,
      List<String> terms,
      Map<String, String> postings,
      Map<String, String> positions,
      List<String> keys) {
    long size = 0;
    for (String t : terms) size += t.length() + postings.get(t).length() + 4;
    if (!key.isEmpty() && (size <= SHARD_BYTES || key.length() >= MAX_KEY)) {
      writeTerms(key, terms, postings, positions);
      keys.add(key);
      return;
    }
    Map<String, List<String>> groups = new TreeMap<>();
    List<String> exact = new ArrayList<>();
    for (String t : terms) {
      String k = keyOf(t);
      if (k.length() == key.length()) exact.add(t);
      else groups.computeIfAbsent(k.substring(0, key.length() + 1), x -> new ArrayList<>()).add(t);
    }
    if (!exact.isEmpty()) {
      writeTerms(key, exact, postings, positions);
      keys.add(key);
    }
    groups.forEach((k, ts) -> split(k, ts, postings, positions, keys));
  }

  /** {@code "VLQ doc-id deltas",score,score,...} */
  private static String postings(TermPostings p) {
    StringBuilder docs = new StringBuilder();
    StringBuilder scores = new StringBuilder();
    int prev = 0;
    for (int i = 0; i < p.docs().length; i++) {
      Vlq.append(docs, p.docs()[i] - prev);
      prev = p.docs()[i];
      scores.append(',').append(number(p.scores()[i]));
    }
    return "\"" + docs + "\"" + scores;
  }

  /** VLQ: per (doc, field) row: doc delta, field, count, position deltas. */
  private static String positions(TermPostings p) {
    StringBuilder b = new StringBuilder();
    int prevDoc = 0;
    for (int[] row : p.positions()) {
      Vlq.append(b, row[0] - prevDoc);
      prevDoc = row[0];
      Vlq.append(b, row[1]);
      Vlq.append(b, row.length - 2);
      int prev = 0;
      for (int i = 2; i < row.length; i++) {
        Vlq.append(b, row[i] - prev);
        prev = row[i];
      }
    }
    return b.toString();
  }

  static String number(float f) {
    return new BigDecimal(Float.toString(f)).round(DIGITS).stripTrailingZeros().toPlainString();
  }

  private void writeTerms(
      String key, List<String> terms, Map<String, String> postings, Map<String, String> positions) {
    emit(
        "t-" + key,
        g -> {
          g.writeStringField("type", "t");
          g.writeStringField("id", key);
          g.writeObjectFieldStart("t");
          for (String t : terms) {
            g.writeFieldName(t);
            g.writeRawValue("[" + postings.get(t) + "]");
          }
          g.writeEndObject();
        });
    emit(
        "p-" + key,
        g -> {
          g.writeStringField("type", "p");
          g.writeStringField("id", key);
          g.writeObjectFieldStart("p");
          for (String t : terms) g.writeStringField(t, positions.get(t));
          g.writeEndObject();
        });
  }

  private void writeDocs() {
    List<SearchDocument> docs = index.documents();
    for (int start = 0; start < docs.size(); start += DOCS_PER_SHARD) {
      int from = start;
      int to = Math.min(docs.size(), start + DOCS_PER_SHARD);
      String id = String.valueOf(start / DOCS_PER_SHARD);
      emit(
          "d-" + id,
          g -> {
            g.writeStringField("type", "d");
            g.writeStringField("id", id);
            g.writeArrayFieldStart("d");
            for (SearchDocument d : docs.subList(from, to)) {
              g.writeStartObject();
              g.writeStringField("u", d.url());
              g.writeStringField("k", d.kind());
              g.writeStringField("t", d.title());
              g.writeStringField("s", d.summary());
              g.writeArrayFieldStart("r");
              for (SearchDocument.Rating r : d.ratings()) {
                g.writeStartArray();
                g.writeString(r.label());
                g.writeNumber(r.level());
                g.writeNumber(r.max());
                g.writeString(r.levelLabel());
                g.writeEndArray();
              }
              g.writeEndArray();
              g.writeArrayFieldStart("th");
              for (String th : d.themes()) g.writeString(th);
              g.writeEndArray();
              g.writeStringField("x", excerpt(d.fields().getOrDefault(SearchField.BODY, "")));
              g.writeEndObject();
            }
            g.writeEndArray();
          });
    }
  }

  private static String excerpt(String body) {
    String s = body.replaceAll("\\s+", " ").strip();
    if (s.length() <= EXCERPT_CHARS) return s;
    int cut = s.lastIndexOf(' ', EXCERPT_CHARS);
    return s.substring(0, cut > 0 ? cut : EXCERPT_CHARS);
  }

  private void writeManifest(List<String> keys) {
    SearchAnalyzer a = index.analyzer();
    emit(
        "manifest",
        g -> {
          g.writeStringField("type", "m");
          g.writeStringField("id", "m");
          g.writeNumberField("v", 1);
          g.writeStringField("lang", a.language());
          g.writeNumberField("docs", index.documents().size());
          g.writeNumberField("docShard", DOCS_PER_SHARD);
          g.writeNumberField("maxExp", SearchQuery.MAX_EXPANSIONS);
          g.writeNumberField("minPrefix", SearchQuery.MIN_PREFIX);
          g.writeNumberField("maxTerms", SearchQuery.MAX_TERMS);
          g.writeArrayFieldStart("fields");
          for (SearchField f : SearchField.values()) g.writeString(f.name);
          g.writeEndArray();
          g.writeArrayFieldStart("stop");
          for (String s : a.stopWords()) g.writeString(s);
          g.writeEndArray();
          g.writeObjectFieldStart("over");
          for (var e : new LinkedHashMap<>(a.overrides()).entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
          }
          g.writeEndObject();
          g.writeArrayFieldStart("keys");
          for (String k : keys) g.writeString(k);
          g.writeEndArray();
        });
  }

  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private void emit(String name, Body body) {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (JsonGenerator g = new JsonFactory().createGenerator(buf)) {
      buf.write("stek.addShard(".getBytes(StandardCharsets.UTF_8));
      g.writeStartObject();
      body.write(g);
      g.writeEndObject();
      g.flush();
      buf.write(");\n".getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] b = buf.toByteArray();
    bytes += b.length;
    files++;
    sink.write("search/" + name + ".js", b);
  }
}
