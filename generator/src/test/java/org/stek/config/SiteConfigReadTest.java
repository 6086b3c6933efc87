package org.stek.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stek.report.Problem;
import org.stek.report.Problems;

/** What a valid site.yaml becomes: every setting as written, and the defaults of those left out. */
class SiteConfigReadTest {
  @TempDir Path dir;

  @Test
  void everySettingIsReadAsWritten() throws IOException {
    SiteConfig c =
        load(
            """
            title: Kennisbank
            tagline: Goede praktijken
            description: Wat werkt op school.
            language: en
            base_url: https://kb.example.org/stek
            countries:
              NL: {nl: Nederland, en: Netherlands}
              BE: België
            taxonomies:
              themes:
                label: {nl: Thema's, en: Themes}
                singular: Thema
                field: thema
                multiple: false
                values:
                  - {key: onderwijs, label: Onderwijs, description: Over school.}
                  - {key: pesten}
            ratings:
              reach:
                label: Bereik
                description: Hoeveel mensen.
                levels:
                  - {level: 1, label: Klein, description: Eén klas.}
                  - {level: 2}
            limits: {card_warning_kb: 10, attachment_warning_kb: 30}
            organisations: {offers: themes}
            rating_provenance: {required: true, raters: [redactie, jury]}
            search:
              synonyms:
                - [leerkracht, " leraar "]
            time_zone: America/New_York
            """);
    assertEquals("Kennisbank", c.title());
    assertEquals("Goede praktijken", c.tagline());
    assertEquals("Wat werkt op school.", c.description());
    assertEquals("en", c.language());
    assertEquals("https://kb.example.org/stek/", c.baseUrl(), "a base URL ends in '/'");
    assertTrue(c.hasBaseUrl());
    assertEquals(List.of("NL", "BE"), List.copyOf(c.countries().keySet()), "in site.yaml's order");
    assertEquals("Netherlands", c.countries().get("NL").in("en"));
    assertEquals("België", c.countries().get("BE").in("en"), "one text serves every language");

    Taxonomy themes = c.taxonomy("themes").orElseThrow();
    assertEquals("Themes", themes.label().in("en"));
    assertEquals("Thema", themes.singular().in("nl"));
    assertEquals("thema", themes.field());
    assertFalse(themes.multiple());
    assertEquals(List.of("onderwijs", "pesten"), themes.keys());
    assertEquals("Over school.", themes.value("onderwijs").description());
    assertEquals("Onderwijs", themes.value("onderwijs").label().in("nl"));
    assertEquals("pesten", themes.value("pesten").label().in("nl"), "the key when no label");
    assertEquals("", themes.value("pesten").description());
    assertTrue(c.taxonomy("regions").isEmpty());

    RatingScale reach = c.ratings().get(0);
    assertEquals("reach", reach.key());
    assertEquals("Bereik", reach.label().in("nl"));
    assertEquals("Hoeveel mensen.", reach.description());
    assertEquals(2, reach.max());
    assertEquals("Klein", reach.level(1).label().in("nl"));
    assertEquals("Eén klas.", reach.level(1).description());
    assertEquals("2", reach.level(2).label().in("nl"), "the number when no label");
    assertNull(reach.level(0));
    assertNull(reach.level(3));

    assertEquals(new Limits(10, 2048, 30), c.limits(), "a limit left out keeps its default");
    assertEquals(new Profiles("themes", null), c.profiles());
    assertEquals(new RatingRules(true, List.of("redactie", "jury")), c.ratingRules());
    assertEquals(
        List.of(new Synonyms.Entry("leerkracht", 30, 8), new Synonyms.Entry("leraar", 30, 20)),
        c.synonyms().groups().get(0).entries(),
        "stripped, each at its position");
    assertEquals(30, c.synonyms().groups().get(0).line());
    assertEquals(7, c.synonyms().groups().get(0).column());
    assertEquals(java.time.ZoneId.of("America/New_York"), c.timeZone());
  }

  @Test
  void whatIsLeftOutHasItsDefault() throws IOException {
    SiteConfig c = load("title: T\ntaxonomies: {themes: {values: [{key: a}]}}\n");
    assertEquals("", c.tagline());
    assertEquals("", c.description());
    assertEquals("nl", c.language());
    assertEquals("", c.baseUrl());
    assertFalse(c.hasBaseUrl());
    assertEquals(Map.of(), c.countries());
    Taxonomy themes = c.taxonomies().get(0);
    assertEquals("themes", themes.label().in("nl"), "the key when no label");
    assertEquals(themes.label(), themes.singular(), "the label when no singular");
    assertEquals("themes", themes.field(), "the key when no field");
    assertTrue(themes.multiple());
    assertEquals(List.of(), c.ratings());
    assertEquals(Limits.DEFAULT, c.limits());
    assertEquals(Submission.NONE, c.submission());
    assertTrue(c.submission().isEmpty());
    assertEquals(Profiles.NONE, c.profiles());
    assertEquals(RatingRules.NONE, c.ratingRules());
    assertEquals(Synonyms.NONE, c.synonyms());
    assertEquals(List.of(), c.sections("practice"));
    assertEquals(null, c.timeZone(), "no schema or form for events without a time zone");
    assertEquals(java.time.ZoneId.of("Europe/Brussels"), c.zone());
  }

  @Test
  void sectionsAreReadPerCardTypeInTheirOrder() throws IOException {
    SiteConfig c =
        load(
            """
            title: T
            taxonomies: {themes: {values: [{key: a}]}}
            sections:
              practice:
                - {key: wat, heading: {nl: "Wat?", en: "What?"}, help: Kort., required: true}
                - {key: hoe, heading: "Hoe werkt het?"}
            """);
    List<Section> sections = c.sections("practice");
    assertEquals(List.of("wat", "hoe"), sections.stream().map(Section::key).toList());
    assertEquals("What?", sections.get(0).heading().in("en"));
    assertEquals("Kort.", sections.get(0).help().in("nl"));
    assertTrue(sections.get(0).required());
    assertEquals("", sections.get(1).help().in("nl"), "no help: empty");
    assertFalse(sections.get(1).required());
    assertTrue(sections.get(1).isHeading("hoe  werkt het"), "case, spaces and '?' do not count");
    assertTrue(sections.get(0).isHeading("What"), "a heading in any language");
    assertFalse(sections.get(0).isHeading("Wie?"));
    assertEquals(List.of(), c.sections("recommendation"));
  }

  @Test
  void aKeyOf64CharactersIsAccepted() throws IOException {
    String key = "a".repeat(64);
    SiteConfig c = load("title: T\ntaxonomies:\n  " + key + ": {values: [{key: a}]}\n");
    assertEquals(key, c.taxonomies().get(0).key());
  }

  /** Loads site.yaml, asserting that it has no problem at all. */
  SiteConfig load(String siteYaml) throws IOException {
    Files.writeString(dir.resolve("site.yaml"), siteYaml);
    Problems problems = new Problems();
    SiteConfig config = SiteConfigLoader.load(dir, problems);
    assertEquals(List.of(), problems.sorted().stream().map(Problem::format).toList());
    return config;
  }
}
