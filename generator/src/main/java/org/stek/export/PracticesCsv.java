package org.stek.export;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.stek.config.Label;
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
import org.stek.markdown.BodySection;
import org.stek.markdown.RenderedBody;
import org.stek.schema.FieldText;

/**
 * {@code practices.csv} for a spreadsheet: RFC 4180 with CRLF rows, UTF-8 with a byte-order mark
 * (without it Excel reads the accents as Windows-1252), one row per practice, a header of readable
 * column names, list values joined with "; " and taxonomy values as their labels.
 */
public final class PracticesCsv {
  public static final String URL = "practices.csv";
  static final String LIST = "; ";

  /** The columns of a rating's provenance, by their field text keys. */
  private static final List<String> PROVENANCE =
      List.of("provenance.by.label", "provenance.date.label", "provenance.why.label");

  private PracticesCsv() {}

  public static void write(KnowledgeBase kb, Map<String, RenderedBody> bodies, PageSink sink) {
    SiteConfig c = kb.config();
    String lang = c.language();
    FieldText text = new FieldText(lang);
    List<String> header = new ArrayList<>();
    header.add("slug");
    header.add("url");
    for (String f :
        List.of("title", "summary", "organisation", "partners", "municipality", "country"))
      header.add(text.get(f + ".label"));
    for (Taxonomy t : c.taxonomies()) header.add(t.label().in(lang));
    for (RatingScale s : c.ratings()) header.add(s.label().in(lang));
    for (String f : List.of("started", "published", "updated")) header.add(text.get(f + ".label"));
    Extras extras = Extras.of(kb, bodies);
    OrganisationNames names = new OrganisationNames(kb);
    List<Section> sections = c.sections("practice");
    for (Section s : sections) header.add(s.heading().in(lang));
    if (extras.provenance()) {
      for (RatingScale s : c.ratings()) {
        for (String part : PROVENANCE) header.add(s.label().in(lang) + ": " + text.get(part));
      }
    }
    StringBuilder out = new StringBuilder("\uFEFF");
    row(out, header);
    for (Practice p : kb.practices()) {
      List<String> cells = new ArrayList<>();
      cells.add(p.slug());
      cells.add(c.hasBaseUrl() ? c.baseUrl() + Urls.practice(p.slug()) : Urls.practice(p.slug()));
      cells.add(p.title());
      cells.add(p.summary());
      cells.add(names.of(p.organisation()));
      cells.add(String.join(LIST, names.of(p.partners())));
      cells.add(p.municipality());
      Label country = p.country() == null ? null : c.countries().get(p.country());
      cells.add(country == null ? p.country() : country.in(lang));
      for (Taxonomy t : c.taxonomies()) {
        cells.add(
            p.values(t.key()).stream()
                .map(
                    k -> {
                      TaxonomyValue v = t.value(k);
                      return v == null ? k : v.label().in(lang);
                    })
                .collect(Collectors.joining(LIST)));
      }
      for (RatingScale s : c.ratings()) {
        Integer level = p.ratings().get(s.key());
        cells.add(level == null ? "" : level.toString());
      }
      cells.add(p.started() == null ? "" : p.started().toString());
      cells.add(p.published() == null ? "" : p.published().toString());
      cells.add(p.updated() == null ? "" : p.updated().toString());
      RenderedBody body = bodies.get(p.source().relative());
      for (Section s : sections) {
        cells.add(
            body == null
                ? ""
                : body.sections().stream()
                    .filter(b -> b.key().equals(s.key()))
                    .map(BodySection::text)
                    .findFirst()
                    .orElse(""));
      }
      if (extras.provenance()) {
        for (RatingScale s : c.ratings()) {
          Practice.Provenance pv = p.provenance().get(s.key());
          cells.add(pv == null ? "" : pv.by());
          cells.add(pv == null || pv.date() == null ? "" : pv.date().toString());
          cells.add(pv == null ? "" : pv.why());
        }
      }
      row(out, cells);
    }
    sink.write(URL, out.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void row(StringBuilder out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) out.append(',');
      out.append(cell(cells.get(i)));
    }
    out.append("\r\n");
  }

  /**
   * One field, safe to open: a value a spreadsheet would run as a formula (starting with =, +,
   * -, @, tab or CR) gets a leading apostrophe, and a value with a comma, quote or line break is
   * quoted with its quotes doubled.
   */
  static String cell(String value) {
    if (value == null || value.isEmpty()) return "";
    String v = value;
    char first = v.charAt(0);
    if (first == '='
        || first == '+'
        || first == '-'
        || first == '@'
        || first == '\t'
        || first == '\r') v = "'" + v;
    boolean quote =
        v.indexOf(',') >= 0
            || v.indexOf('"') >= 0
            || v.indexOf('\n') >= 0
            || v.indexOf('\r') >= 0
            || v.indexOf(';') >= 0
            || !v.equals(v.strip());
    return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
  }
}
