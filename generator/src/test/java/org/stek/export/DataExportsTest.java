package org.stek.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stek.BuildOptions;
import org.stek.BuildResult;
import org.stek.Stek;
import org.stek.TestSite;
import org.stek.config.SiteConfig;
import org.stek.config.Taxonomy;
import org.stek.content.KnowledgeBase;
import org.stek.content.OrganisationNames;
import org.stek.content.Practice;
import org.stek.report.Problems;
import org.w3c.dom.NodeList;

/**
 * The data a reader takes away, read back with real parsers (commons-csv, Jackson, the JDK's XML
 * parser) and compared with the cards: practices.csv, practices.json, the per-theme Atom feeds, and
 * the overview page's numbers.
 */
class DataExportsTest {
  @TempDir static Path dir;
  static Path sample;
  static KnowledgeBase sampleKb;

  @BeforeAll
  static void buildSample() throws Exception {
    sample = dir.resolve("sample");
    BuildOptions options = TestSite.sample(sample);
    BuildResult r = Stek.build(options);
    assertFalse(r.hasErrors(), r.problems().toString());
    sampleKb = Stek.read(options, new Problems()).kb();
  }

  @Test
  void csvReadBackEqualsTheCards() throws Exception {
    checkCsv(sample, sampleKb);
  }

  @Test
  void csvKeepsAccentsQuotesAndLineBreaksAndDefusesFormulas() throws Exception {
    TestSite site = TestSite.in(dir.resolve("tricky"));
    String[] summaries = {
      "=HYPERLINK(\\\"http://evil.example\\\",\\\"klik\\\")",
      "+31 20 123 4567",
      "-1 leerling, \\\"minder\\\"; meer",
      "@coördinator in Sint-Niklaas",
      "\\tInspringen",
      "Twee regels:\\nzo; en \\\"zo\\\", met komma's"
    };
    for (int i = 0; i < summaries.length; i++) {
      site.file(
          "practices/p" + i + ".md",
          """
          ---
          title: "Coördinatie nummer %d, \\"geciteerd\\""
          summary: "%s"
          themes: [onderwijs, pesten]
          organisation: "Basisschool 't Klavertje, Brugge"
          partners: ["Stad Brugge", "CLB; regio"]
          municipality: Sint-Niklaas
          region: west-vlaanderen
          country: BE
          reach: %d
          recurrence: 2
          published: 2025-03-1%d
          ---
          Een tekst.
          """
              .formatted(i, summaries[i], 1 + i % 4, i));
    }
    BuildResult r = site.build();
    assertFalse(r.hasErrors(), r.problems().toString());
    KnowledgeBase kb = Stek.read(site.options(), new Problems()).kb();
    List<CSVRecord> rows = checkCsv(site.out(), kb);
    Map<String, String> summaryBySlug = new TreeMap<>();
    for (CSVRecord row : rows) summaryBySlug.put(row.get(0), row.get(3));
    assertEquals("'=HYPERLINK(\"http://evil.example\",\"klik\")", summaryBySlug.get("p0"));
    assertEquals("'+31 20 123 4567", summaryBySlug.get("p1"));
    assertEquals("'-1 leerling, \"minder\"; meer", summaryBySlug.get("p2"));
    assertEquals("'@coördinator in Sint-Niklaas", summaryBySlug.get("p3"));
    assertEquals("Inspringen", summaryBySlug.get("p4"), "the loader strips a leading tab");
    // Values that reach the CSV with a tab or CR in front are defused as well.
    assertEquals("'\tx", PracticesCsv.cell("\tx"));
    assertEquals("\"'\rx\"", PracticesCsv.cell("\rx"));
    assertEquals("Twee regels:\nzo; en \"zo\", met komma's", summaryBySlug.get("p5"));
  }

  /** Parses practices.csv and checks every cell against the cards; returns the data rows. */
  private static List<CSVRecord> checkCsv(Path site, KnowledgeBase kb) throws Exception {
    byte[] bytes = Files.readAllBytes(site.resolve("practices.csv"));
    assertEquals(0xEF, bytes[0] & 0xFF, "UTF-8 byte-order mark");
    assertEquals(0xBB, bytes[1] & 0xFF);
    assertEquals(0xBF, bytes[2] & 0xFF);
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    assertTrue(text.contains("\r\n"), "CRLF rows");
    List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
    SiteConfig c = kb.config();
    List<String> header = records.get(0).toList();
    assertEquals("slug", header.get(0));
    assertEquals("Titel", header.get(2));
    List<CSVRecord> rows = records.subList(1, records.size());
    assertEquals(kb.practices().size(), rows.size());
    int taxonomyColumn = 8;
    OrganisationNames names = new OrganisationNames(kb);
    for (int i = 0; i < rows.size(); i++) {
      CSVRecord row = rows.get(i);
      Practice p = kb.practices().get(i);
      assertEquals(header.size(), row.size(), p.slug());
      assertEquals(p.slug(), row.get(0));
      assertTrue(row.get(1).endsWith("practices/" + p.slug() + ".html"));
      assertEquals(defused(p.title()), row.get(2));
      assertEquals(defused(p.summary()), row.get(3));
      assertEquals(defused(names.of(p.organisation())), row.get(4));
      assertEquals(String.join("; ", names.of(p.partners())), row.get(5));
      assertEquals(p.municipality() == null ? "" : p.municipality(), row.get(6));
      assertEquals(c.countries().get(p.country()).in("nl"), row.get(7));
      int col = taxonomyColumn;
      for (Taxonomy t : c.taxonomies()) {
        assertEquals(t.label().in("nl"), header.get(col));
        List<String> labels = new ArrayList<>();
        for (String v : p.values(t.key())) labels.add(t.value(v).label().in("nl"));
        assertEquals(String.join("; ", labels), row.get(col++), p.slug() + " " + t.key());
      }
      for (var s : c.ratings()) {
        Integer level = p.ratings().get(s.key());
        assertEquals(level == null ? "" : level.toString(), row.get(col++), s.key());
      }
      assertEquals(p.started() == null ? "" : p.started().toString(), row.get(col++));
      assertEquals(p.published() == null ? "" : p.published().toString(), row.get(col++));
    }
    return rows;
  }

  /** A practice that names profiles by slug shows their names in both exports, as on its page. */
  @Test
  void exportsShowAProfilesNameNotItsSlug() throws Exception {
    JsonNode json = new ObjectMapper().readTree(sample.resolve("practices.json").toFile());
    JsonNode brussel = null;
    for (JsonNode j : json.get("practices"))
      if (j.get("slug").asText().equals("brusselse-scholen-leren-van-elkaar")) brussel = j;
    assertNotNull(brussel);
    assertEquals("Onderwijscentrum Brussel", brussel.get("organisation").asText());
    assertEquals(
        List.of("Brusselse pilootschool A", "Brusselse pilootschool B", "Brusselse pilootschool C"),
        new ObjectMapper().convertValue(brussel.get("partners"), List.class));

    String text = Files.readString(sample.resolve("practices.csv"), StandardCharsets.UTF_8);
    CSVRecord row =
        CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords().stream()
            .filter(r -> r.get(0).equals("brusselse-scholen-leren-van-elkaar"))
            .findFirst()
            .orElseThrow();
    assertEquals("Onderwijscentrum Brussel", row.get(4));
    assertEquals(
        "Brusselse pilootschool A; Brusselse pilootschool B; Brusselse pilootschool C", row.get(5));
  }

  private static String defused(String s) {
    return "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
  }

  @Test
  void jsonHasAVersionAndEveryCard() throws Exception {
    JsonNode json = new ObjectMapper().readTree(sample.resolve("practices.json").toFile());
    assertEquals(1, json.get("version").asInt());
    assertEquals("nl", json.get("site").get("language").asText());
    JsonNode practices = json.get("practices");
    assertEquals(sampleKb.practices().size(), practices.size());
    for (int i = 0; i < practices.size(); i++) {
      Practice p = sampleKb.practices().get(i);
      JsonNode j = practices.get(i);
      assertEquals(p.slug(), j.get("slug").asText());
      assertEquals(p.title(), j.get("title").asText());
      assertEquals(p.summary(), j.get("summary").asText());
      assertEquals(
          new OrganisationNames(sampleKb).of(p.organisation()), j.get("organisation").asText());
      for (Taxonomy t : sampleKb.config().taxonomies()) {
        List<String> values = new ArrayList<>();
        j.get("taxonomies").get(t.key()).forEach(v -> values.add(v.asText()));
        assertEquals(p.values(t.key()), values);
        for (String v : values)
          assertEquals(
              t.value(v).label().in("nl"),
              json.get("taxonomies").get(t.key()).get("values").get(v).asText());
      }
      p.ratings().forEach((k, v) -> assertEquals(v, j.get("ratings").get(k).asInt()));
      assertTrue(j.get("text").asText().length() > 100, "plain text of " + p.slug());
      assertFalse(j.get("text").asText().contains("<"), "no markup in the text");
    }
  }

  @Test
  void everyThemeHasAFeedWithExactlyItsPractices() throws Exception {
    Taxonomy themes = sampleKb.config().taxonomy("themes").orElseThrow();
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    for (var v : themes.values()) {
      Path feed = sample.resolve("themes/" + v.key() + ".xml");
      org.w3c.dom.Document doc = factory.newDocumentBuilder().parse(feed.toFile());
      NodeList entries = doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
      List<String> want =
          sampleKb.practices().stream()
              .filter(p -> p.values("themes").contains(v.key()))
              .map(p -> "https://stek.example.org/practices/" + p.slug() + ".html")
              .sorted()
              .toList();
      List<String> have = new ArrayList<>();
      for (int i = 0; i < entries.getLength(); i++) {
        org.w3c.dom.Element e = (org.w3c.dom.Element) entries.item(i);
        have.add(
            e.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "id").item(0).getTextContent());
      }
      have.sort(null);
      assertEquals(want, have, v.key());
      Document page = Jsoup.parse(sample.resolve("themes/" + v.key() + ".html").toFile(), "UTF-8");
      assertNotNull(
          page.selectFirst("link[rel=alternate][href=../themes/" + v.key() + ".xml]"),
          "the theme page announces its feed");
    }
  }

  @Test
  void overviewNumbersEqualTheCards() throws Exception {
    Document page = Jsoup.parse(sample.resolve("overview.html").toFile(), "UTF-8");
    var figures = page.select("figure.chart");
    assertTrue(figures.size() >= 4, "theme, region, country and year charts");
    for (Element f : figures) {
      Element svg = f.selectFirst("svg[role=img]");
      assertNotNull(svg);
      for (String id : svg.attr("aria-labelledby").split(" "))
        assertNotNull(svg.selectFirst("#" + id), "title and desc " + id);
      assertNotNull(f.selectFirst("table"), "a data table");
      // The numbers on the chart are those of its table.
      List<String> onChart = svg.select("text.bar-count").eachText();
      List<String> inTable = f.select("tbody td").eachText();
      assertEquals(inTable, onChart);
      // Each bar is as long as its count, relative to the longest: the largest count fills the
      // chart's 230 units, a count of one third a third of it, any count at least 2 units.
      List<Integer> counts = onChart.stream().map(Integer::parseInt).toList();
      List<Integer> widths =
          svg.select("rect.bar").stream().map(r -> Integer.parseInt(r.attr("width"))).toList();
      int max = counts.stream().mapToInt(Integer::intValue).max().orElse(0);
      assertEquals(counts.size(), widths.size());
      for (int i = 0; i < counts.size(); i++) {
        int want = counts.get(i) == 0 ? 0 : Math.max(2, counts.get(i) * 230 / max);
        assertEquals(want, widths.get(i), "bar " + i + " of " + svg.attr("aria-labelledby"));
      }
      assertTrue(widths.contains(230), "the longest bar fills the chart: " + widths);
    }
    SiteConfig c = sampleKb.config();
    Taxonomy themes = c.taxonomy("themes").orElseThrow();
    Element themeChart = page.selectFirst("figure#chart-themes, figure:has(#chart-themes-caption)");
    assertNotNull(themeChart);
    for (Element row : themeChart.select("tbody tr")) {
      String label = row.selectFirst("th").text();
      var value =
          themes.values().stream().filter(v -> v.label().in("nl").equals(label)).findFirst();
      assertTrue(value.isPresent(), label);
      long want =
          sampleKb.practices().stream()
              .filter(p -> p.values("themes").contains(value.get().key()))
              .count();
      assertEquals(String.valueOf(want), row.selectFirst("td").text(), label);
    }
    Element years = page.selectFirst("figure:has(#chart-years-caption)");
    Map<String, Integer> perYear = new TreeMap<>();
    sampleKb.practices().forEach(p -> perYear.merge("" + p.published().getYear(), 1, Integer::sum));
    Map<String, Integer> shown = new TreeMap<>();
    for (Element row : years.select("tbody tr"))
      shown.put(row.selectFirst("th").text(), Integer.parseInt(row.selectFirst("td").text()));
    assertEquals(perYear, shown);
    // The grid: every cell's count, and its link to exactly that cell of the filtered list.
    var cells = page.select("table.rating-grid td a");
    assertEquals(16, cells.size());
    int total = 0;
    for (Element a : cells) {
      String href = a.attr("href");
      int reach = param(href, "reach");
      int recurrence = param(href, "recurrence");
      assertEquals(reach, param(href, "reach_max"));
      assertEquals(recurrence, param(href, "recurrence_max"));
      assertTrue(href.startsWith("practices/index.html?"), href);
      long want =
          sampleKb.practices().stream()
              .filter(p -> p.ratings().get("reach") == reach)
              .filter(p -> p.ratings().get("recurrence") == recurrence)
              .count();
      assertEquals(String.valueOf(want), a.text(), href);
      total += Integer.parseInt(a.text());
    }
    assertEquals(sampleKb.practices().size(), total);
  }

  private static int param(String href, String name) {
    for (String kv : href.substring(href.indexOf('?') + 1).split("&")) {
      String[] p = kv.split("=");
      if (p[0].equals(name)) return Integer.parseInt(p[1]);
    }
    throw new AssertionError(name + " not in " + href);
  }
}
