package org.stek;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stek.report.Problem;

/**
 * What a card records besides its body, on a whole site: sections in the exports, the compare page
 * and a long card's contents; who gave a rating, when and why; attachments with type and size.
 */
class CardExtrasTest {
  static final String EXTRAS =
      """
      sections:
        practice:
          - {key: wat, heading: {nl: "Wat?", en: "What?"}, required: true}
          - {key: wie, heading: {nl: "Wie?", en: "Who?"}, required: true}
          - {key: waarom, heading: {nl: "Waarom?", en: "Why?"}}
      rating_provenance:
        raters: [Redactie, Stad Brugge]
      limits:
        attachment_warning_kb: 1024
      """;

  static final String CARD =
      """
      ---
      title: Kijkwijzer
      summary: Leerkrachten gaan bij elkaar op bezoek.
      themes: [onderwijs]
      organisation: Onderwijscentrum
      reach:
        level: 2
        by: Redactie
        date: 2026-03-02
        why: Drie pilootscholen in één stad.
      recurrence: 3
      published: 2025-03-12
      attachments:
        - file: kijkwijzer.pdf
          title: Kijkwijzer
        - {file: verslag.pdf, title: Verslag}
      ---
      ## Wat?
      %s

      ## Wie?
      Drie pilootscholen, zie ook [de lijst](lijst.xlsx).

      ## Waarom?
      Omdat kijken bij een ander
      meer leert dan lezen.
      """;

  @TempDir Path dir;

  private TestSite site(String language, String wat) {
    return TestSite.in(dir)
        .file(
            "site.yaml",
            TestSite.SITE_YAML.replace("language: nl", "language: " + language) + EXTRAS)
        .file("practices/kijkwijzer.md", CARD.formatted(wat))
        .bytes("practices/kijkwijzer.pdf", new byte[226_070])
        .bytes("practices/verslag.pdf", new byte[1_534_000])
        .bytes("practices/lijst.xlsx", new byte[8_400])
        .practice("kort", "Kort", "onderwijs", "## Wat?\nKort.\n\n## Wie?\nWij.");
  }

  private static List<String> texts(Document page, String css) {
    return page.select(css).eachText();
  }

  @Test
  void attachmentsSayTheirTypeAndSizeInTheSitesLanguage() throws IOException {
    TestSite nl = site("nl", "Hospiteren.");
    BuildResult r = nl.build();
    assertFalse(r.hasErrors(), r.problems().toString());
    assertEquals(
        List.of("Kijkwijzer (PDF, 226 kB)", "Verslag (PDF, 1,5 MB)", "de lijst (Excel, 8 kB)"),
        texts(nl.page("practices/kijkwijzer.html"), ".attachments a"));
    assertEquals(
        "../practices/kijkwijzer.pdf",
        nl.page("practices/kijkwijzer.html").selectFirst(".attachments a").attr("href"));
    assertTrue(
        texts(nl.page("practices/kijkwijzer.html"), ".practice-body a")
            .contains("de lijst (Excel, 8 kB)"),
        "a link in the body says it too");
    assertEquals(
        List.of(
            "practices/kijkwijzer.md:16:12: warning: the attachment 'practices/verslag.pdf' is 1498"
                + " KiB (a long download on a phone: make it smaller, or raise"
                + " limits.attachment_warning_kb in site.yaml)"),
        r.problems().stream()
            .map(p -> p.format().substring(p.format().indexOf("practices/")))
            .toList());

    JsonNode json = new ObjectMapper().readTree(nl.out().resolve("practices.json").toFile());
    JsonNode files = json.get("practices").get(0).get("attachments");
    assertEquals("practices/kijkwijzer.pdf", files.get(0).get("url").asText());
    assertEquals("Kijkwijzer", files.get(0).get("title").asText());
    assertEquals("PDF", files.get(0).get("type").asText());
    assertEquals(226_070, files.get(0).get("bytes").asLong());
    assertEquals(3, files.size());
    assertEquals(0, json.get("practices").get(1).get("attachments").size());

    assertTrue(
        zipEntries(nl.out()).stream().anyMatch(e -> e.endsWith("/practices/kijkwijzer.pdf")));

    TestSite en = site("en", "Visits.");
    assertFalse(en.build().hasErrors());
    assertEquals(
        List.of("Kijkwijzer (PDF, 226 kB)", "Verslag (PDF, 1.5 MB)", "de lijst (Excel, 8 kB)"),
        texts(en.page("practices/kijkwijzer.html"), ".attachments a"));
  }

  @Test
  void aMissingOrRunnableAttachmentIsAnError() {
    TestSite s = site("nl", "Hospiteren.");
    s.file(
        "practices/kijkwijzer.md",
        CARD.formatted("x")
            .replace("file: kijkwijzer.pdf", "file: kijkwijzr.pdf")
            .replace("file: verslag.pdf", "file: verslag.html"));
    List<String> lines = errors(s);
    assertEquals(
        List.of(
            "practices/kijkwijzer.md:14:11: error: the attachment 'practices/kijkwijzr.pdf' does"
                + " not exist (put the file beside the card, or correct its name)",
            "practices/kijkwijzer.md:16:12: error: 'verslag.html' cannot be an attachment: a"
                + " browser would run it as a page or a script (offer the document as PDF, or link"
                + " to where it is published)"),
        lines);
  }

  @Test
  void provenanceIsShownBesideTheRatingAndCarriedIntoTheExports() throws IOException {
    TestSite s = site("nl", "Hospiteren.");
    assertFalse(s.build().hasErrors());
    Document page = s.page("practices/kijkwijzer.html");
    assertEquals(
        List.of("Beoordeeld door Redactie op 2 maart 2026. Drie pilootscholen in één stad."),
        texts(page, ".rating-reach .rating-provenance"));
    assertEquals("2026-03-02", page.selectFirst(".rating-reach time").attr("datetime"));
    assertEquals(
        "Beperkt: Enkele scholen.", page.selectFirst(".rating-reach .rating-level").text());
    assertEquals(List.of(), texts(page, ".rating-recurrence .rating-provenance"));

    JsonNode p = new ObjectMapper().readTree(s.out().resolve("practices.json").toFile());
    JsonNode reach = p.get("practices").get(0).get("rating_provenance").get("reach");
    assertEquals("Redactie", reach.get("by").asText());
    assertEquals("2026-03-02", reach.get("date").asText());
    assertEquals("Drie pilootscholen in één stad.", reach.get("why").asText());
    assertTrue(p.get("practices").get(0).get("rating_provenance").get("recurrence").isNull());
    assertEquals(2, p.get("practices").get(0).get("ratings").get("reach").asInt());

    String csv = Files.readString(s.out().resolve("practices.csv"), StandardCharsets.UTF_8);
    assertTrue(csv.contains("Bereik: beoordeeld door,Bereik: beoordeeld op,Bereik: waarom"), csv);
    assertTrue(csv.contains(",Redactie,2026-03-02,Drie pilootscholen in één stad.,"), csv);

    Document overview = s.page("overview.html");
    assertTrue(
        overview.selectFirst(".raters p").text().startsWith("Bij 1 van de 2 voorbeelden"),
        overview.selectFirst(".raters").text());
    assertEquals(List.of("Redactie 1"), texts(overview, ".raters tbody tr"));
  }

  @Test
  void provenanceCanBeRequiredAndRatersRestricted() {
    TestSite s = site("nl", "Hospiteren.");
    s.file(
        "site.yaml",
        TestSite.SITE_YAML
            + EXTRAS.replace(
                "raters: [Redactie, Stad Brugge]",
                "required: true\n  raters: [Redactie, Stad Brugge]"));
    s.file("practices/kijkwijzer.md", CARD.formatted("x").replace("by: Redactie", "by: Redactei"));
    List<String> lines = errors(s);
    assertEquals(
        List.of(
            "practices/kijkwijzer.md:8:7: error: 'Redactei' may not rate on this site (did you"
                + " mean 'Redactie'?)",
            "practices/kijkwijzer.md:11:13: error: the rating 'recurrence' does not say who gave"
                + " it, when and why (this site asks it of every rating: write recurrence: {level:"
                + " 3, by: ..., date: YYYY-MM-DD, why: ...})",
            "practices/kort.md:9:8: error: the rating 'reach' does not say who gave it, when and"
                + " why (this site asks it of every rating: write reach: {level: 2, by: ..., date:"
                + " YYYY-MM-DD, why: ...})",
            "practices/kort.md:10:13: error: the rating 'recurrence' does not say who gave it,"
                + " when and why (this site asks it of every rating: write recurrence: {level: 3,"
                + " by: ..., date: YYYY-MM-DD, why: ...})"),
        lines);
  }

  @Test
  void sectionsAreFieldsOfTheExportsAndTheCompareRowAndLongCardsGetContents() throws IOException {
    String wat = "Leerkrachten gaan bij elkaar op bezoek. ".repeat(40);
    TestSite s = site("nl", wat);
    assertFalse(s.build().hasErrors());
    Document page = s.page("practices/kijkwijzer.html");
    assertEquals(List.of("Wat?", "Wie?", "Waarom?"), texts(page, "nav.toc li a"));
    for (String href : page.select("nav.toc a").eachAttr("href")) {
      assertTrue(page.getElementById(href.substring(1)) != null, href);
    }
    assertEquals(List.of(), texts(s.page("practices/kort.html"), "nav.toc li"), "short: none");

    JsonNode json = new ObjectMapper().readTree(s.out().resolve("practices.json").toFile());
    assertEquals("Wie?", json.get("sections").get("wie").asText());
    JsonNode sections = json.get("practices").get(0).get("sections");
    assertEquals(wat.strip(), sections.get("wat").asText());
    assertEquals(
        "Drie pilootscholen, zie ook de lijst (Excel, 8 kB).", sections.get("wie").asText());
    assertEquals(
        "Omdat kijken bij een ander meer leert dan lezen.", sections.get("waarom").asText());
    assertTrue(json.get("practices").get(1).get("sections").get("waarom").isNull());

    String csv = Files.readString(s.out().resolve("practices.csv"), StandardCharsets.UTF_8);
    assertTrue(csv.lines().findFirst().orElseThrow().contains(",Wat?,Wie?,Waarom?"), csv);

    String shard = Files.readString(s.out().resolve("sections/0.js"), StandardCharsets.UTF_8);
    assertTrue(shard.startsWith("(window.stekSections = window.stekSections || {})[0] = [{"));
    assertTrue(shard.contains("\"waarom\":\"Omdat kijken bij een ander meer leert dan lezen.\""));
    assertEquals(
        List.of("", "wat", "wie", "waarom"),
        s.page("compare.html").select("#compare-section option").eachAttr("value"));
  }

  @Test
  void aSectionsBlockForAnUnknownCardTypeIsReported() {
    TestSite s = site("nl", "x");
    s.file("site.yaml", TestSite.SITE_YAML + "sections:\n  practise: []\n");
    List<String> lines = s.check().problems().stream().map(Problem::format).toList();
    assertEquals(1, lines.size(), lines.toString());
    assertTrue(
        lines
            .get(0)
            .endsWith(
                "site.yaml:41:3: error: no card type 'practise' has sections (did you mean"
                    + " 'practice'?)"),
        lines.get(0));
  }

  /** The errors of checking the site, each from its content path on. */
  private static List<String> errors(TestSite s) {
    return s.check().problems().stream()
        .filter(Problem::isError)
        .map(p -> p.format().substring(p.format().indexOf("practices/")))
        .toList();
  }

  private static List<String> zipEntries(Path site) throws IOException {
    Path zip;
    try (var files = Files.list(site.resolve("download"))) {
      zip = files.filter(f -> f.toString().endsWith(".zip")).findFirst().orElseThrow();
    }
    List<String> names = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) names.add(e.getName());
    }
    return names;
  }
}
