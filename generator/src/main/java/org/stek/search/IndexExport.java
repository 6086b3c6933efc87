package org.stek.search;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.util.SmallFloat;
import org.stek.files.PageSink;
import org.stek.files.ScriptJson;

/**
 * Writes the index as classic scripts under {@code search/} that register themselves with {@code
 * stek.addShard({...})}: {@code manifest.js} (with each field's BM25 statistics); term shards
 * {@code t-N.js} (each term's postings: doc, field, frequency and length norm, from which the
 * browser computes Lucene's BM25 exactly, see docs/search.md); position shards {@code p-N.js},
 * loaded only for phrases; document shards {@code d-N.js}. Term shard N holds a run of the sorted
 * terms; the manifest lists the first term of each.
 */
public final class IndexExport {
  /** The postings of a term shard are about this size. */
  static final int SHARD_BYTES = 12_000;

  static final int DOCS_PER_SHARD = 4;

  /**
   * The start of the body a result shows when the summary does not hold the query's words: three
   * lines of a result. Every card's excerpt is in the document shards: each character more is a
   * character more for every card.
   */
  static final int EXCERPT_CHARS = 360;

  /**
   * Norm bytes below this are exact lengths (SmallFloat's free values); the browser decodes the
   * others as SmallFloat does.
   */
  static final int FREE_NORMS = 255 - SmallFloat.longToInt4(Integer.MAX_VALUE);

  private static final JsonFactory JSON = ScriptJson.factory();
  private static final SearchField[] FIELDS = SearchField.values();

  private final SearchIndex index;
  private final SynonymGraph synonyms;
  private final PageSink sink;
  private long bytes;
  private int files;

  private IndexExport(SearchIndex index, SynonymGraph synonyms, PageSink sink) {
    this.index = index;
    this.synonyms = synonyms;
    this.sink = sink;
  }

  /** Writes every shard to {@code sink}; returns the total bytes written. */
  public static long write(SearchIndex index, PageSink sink) {
    return write(index, SynonymGraph.NONE, sink);
  }

  /** Writes every shard, with the synonym groups in the manifest; returns the bytes written. */
  public static long write(SearchIndex index, SynonymGraph synonyms, PageSink sink) {
    IndexExport e = new IndexExport(index, synonyms, sink);
    e.run(); // joins the document thread: its counts are visible here
    return e.bytes;
  }

  private void run() {
    // Terms come sorted, one at a time; a shard is written as soon as its run of terms is full.
    List<String> firsts = new ArrayList<>();
    Map<String, String> postings = new LinkedHashMap<>();
    Map<String, String> positions = new LinkedHashMap<>();
    long[] size = {0};
    // The document shards need nothing from the terms: they are written beside them.
    java.util.concurrent.CompletableFuture<Void> docs =
        java.util.concurrent.CompletableFuture.runAsync(this::writeDocs);
    IndexPostings.forEach(
        index,
        p -> {
          String encoded = postings(p);
          long bytes = p.term().length() + encoded.length() + 4;
          if (!postings.isEmpty() && size[0] + bytes > SHARD_BYTES) {
            flush(firsts, postings, positions);
            size[0] = 0;
          }
          postings.put(p.term(), encoded);
          positions.put(p.term(), positions(p));
          size[0] += bytes;
        });
    if (!postings.isEmpty()) flush(firsts, postings, positions);
    docs.join();
    writeManifest(firsts);
    writeWords();
  }

  /**
   * words.js: the suggestions' vocabulary ({@code w}) and how the cards write those of its words
   * they write otherwise ({@code d}), loaded only when a query word is not in the index.
   */
  private void writeWords() {
    writeShard(
        "words",
        g -> {
          g.writeStringField("type", "w");
          g.writeStringField("id", "w");
          List<String> vocabulary = Suggestions.vocabulary(index.words());
          g.writeStringField("w", String.join(" ", vocabulary));
          g.writeStringField("d", Suggestions.shownForms(vocabulary, index::shown));
        });
  }

  /** Writes the run of terms as the next shard and empties it. */
  private void flush(
      List<String> firsts, Map<String, String> postings, Map<String, String> positions) {
    List<String> run = new ArrayList<>(postings.keySet());
    writeTerms(String.valueOf(firsts.size()), run, postings, positions);
    firsts.add(run.get(0));
    postings.clear();
    positions.clear();
  }

  /** VLQ: per (doc, field): doc delta, (frequency - 1) * 8 + field, length norm. */
  private static String postings(TermPostings p) {
    StringBuilder b = new StringBuilder();
    int prev = 0;
    for (int r = 0; r < p.positions().length; r++) {
      int[] row = p.positions()[r];
      Vlq.append(b, row[0] - prev);
      prev = row[0];
      Vlq.append(b, (row.length - 3) * 8 + row[1]);
      Vlq.append(b, p.norms()[r]);
    }
    return b.toString();
  }

  /** VLQ: per (doc, field) row: doc delta, field, count, position deltas. */
  private static String positions(TermPostings p) {
    StringBuilder b = new StringBuilder();
    int prevDoc = 0;
    for (int[] row : p.positions()) {
      if (!FIELDS[row[1]].phrased()) continue;
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

  private void writeTerms(
      String key, List<String> terms, Map<String, String> postings, Map<String, String> positions) {
    writeShard(
        "t-" + key,
        g -> {
          g.writeStringField("type", "t");
          g.writeStringField("id", key);
          g.writeObjectFieldStart("t");
          for (String t : terms) {
            g.writeStringField(t, postings.get(t));
          }
          g.writeEndObject();
        });
    writeShard(
        "p-" + key,
        g -> {
          g.writeStringField("type", "p");
          g.writeStringField("id", key);
          g.writeObjectFieldStart("p");
          for (String t : terms) {
            // A term found only as a compound part has no positions: the browser reads none.
            String p = positions.get(t);
            if (!p.isEmpty()) g.writeStringField(t, p);
          }
          g.writeEndObject();
        });
  }

  private void writeDocs() {
    List<SearchDocument> docs = index.documents();
    for (int start = 0; start < docs.size(); start += DOCS_PER_SHARD) {
      int from = start;
      int to = Math.min(docs.size(), start + DOCS_PER_SHARD);
      String id = String.valueOf(start / DOCS_PER_SHARD);
      writeShard(
          "d-" + id,
          g -> {
            g.writeStringField("type", "d");
            g.writeStringField("id", id);
            g.writeArrayFieldStart("d");
            for (SearchDocument d : docs.subList(from, to)) {
              g.writeStartObject();
              g.writeStringField("u", d.url());
              // Most results are practices: only other kinds are named.
              if (!d.kind().equals("practice")) g.writeStringField("k", d.kind());
              g.writeStringField("t", d.title());
              g.writeStringField("s", d.summary());
              // Organisation with partners, and place: what the compare view shows.
              g.writeStringField("o", d.field(SearchField.ORGANISATION));
              g.writeStringField("pl", d.field(SearchField.PLACE));
              g.writeArrayFieldStart("r");
              for (SearchDocument.Rating r : d.ratings()) {
                g.writeStartArray();
                g.writeString(r.label());
                g.writeNumber(r.level());
                g.writeNumber(r.max());
                g.writeEndArray();
              }
              g.writeEndArray();
              g.writeArrayFieldStart("th");
              for (String th : d.themes()) g.writeString(th);
              g.writeEndArray();
              g.writeStringField("x", excerpt(d.field(SearchField.BODY)));
              g.writeEndObject();
            }
            g.writeEndArray();
          });
    }
  }

  private static String excerpt(String body) {
    String s = collapseSpaces(body).strip();
    if (s.length() <= EXCERPT_CHARS) return s;
    int cut = s.lastIndexOf(' ', EXCERPT_CHARS);
    return s.substring(0, cut > 0 ? cut : EXCERPT_CHARS);
  }

  /** {@code text.replaceAll("\\s+", " ")}, without the cost of a regular expression per body. */
  static String collapseSpaces(String text) {
    StringBuilder b = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
        if (!space) b.append(' ');
        space = true;
      } else {
        b.append(c);
        space = false;
      }
    }
    return b.toString();
  }

  private void writeManifest(List<String> keys) {
    SearchAnalyzer a = index.analyzer();
    // The parameters the index is scored with, so that the browser scores as Lucene does.
    BM25Similarity bm25 = (BM25Similarity) index.searcher().getSimilarity();
    writeShard(
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
          g.writeNumberField("k1", bm25.getK1());
          g.writeNumberField("b", bm25.getB());
          g.writeNumberField("free", FREE_NORMS);
          g.writeArrayFieldStart("fields");
          for (SearchField f : SearchField.values()) {
            IndexPostings.FieldStats st = IndexPostings.fieldStats(index, f);
            g.writeStartObject();
            g.writeStringField("name", f.name);
            g.writeNumberField("boost", f.boost);
            g.writeNumberField("n", st == null ? 0 : st.docCount());
            g.writeNumberField("avg", st == null ? 0f : st.avgLength());
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeArrayFieldStart("stop");
          for (String s : a.stopWords()) g.writeString(s);
          g.writeEndArray();
          g.writeObjectFieldStart("over");
          for (var e : new LinkedHashMap<>(a.overrides()).entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
          }
          g.writeEndObject();
          // Each group a list of entries, each entry its analysed terms with their positions.
          g.writeArrayFieldStart("syn");
          for (List<List<Token>> group : synonyms.groups()) {
            g.writeStartArray();
            for (List<Token> entry : group) {
              g.writeStartArray();
              for (Token t : entry) {
                g.writeStartArray();
                g.writeString(t.term());
                g.writeNumber(t.position() - entry.get(0).position());
                g.writeEndArray();
              }
              g.writeEndArray();
            }
            g.writeEndArray();
          }
          g.writeEndArray();
          g.writeNumberField("synWeight", SearchQuery.SYNONYM_WEIGHT);
          g.writeNumberField("minSuggest", Suggestions.MIN_LENGTH);
          g.writeArrayFieldStart("first");
          for (String k : keys) g.writeString(k);
          g.writeEndArray();
        });
  }

  private interface ShardFields {
    void write(JsonGenerator g) throws IOException;
  }

  private void writeShard(String name, ShardFields fields) {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (JsonGenerator g = JSON.createGenerator(buf)) {
      buf.write("stek.addShard(".getBytes(StandardCharsets.UTF_8));
      g.writeStartObject();
      fields.write(g);
      g.writeEndObject();
      g.flush();
      buf.write(");\n".getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] b = buf.toByteArray();
    // Terms and documents are written from two threads; a sink need not be thread-safe.
    synchronized (this) {
      bytes += b.length;
      files++;
      sink.write("search/" + name + ".js", b);
    }
  }
}
