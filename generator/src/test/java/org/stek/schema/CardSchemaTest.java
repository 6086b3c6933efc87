package org.stek.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.stek.BuildResult;
import org.stek.TestSite;
import org.stek.config.CardType;

/**
 * The schema written to the site, checked by a real JSON Schema validator: it accepts every sample
 * card and rejects each invalid one, and {@code stek check} agrees on both.
 */
public class CardSchemaTest {
  private static final ObjectMapper YAML =
      new ObjectMapper(
          YAMLFactory.builder().enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL).build());
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  /** The schema of a built site, as an editor would load it from schema/<type>.schema.json. */
  private static JsonSchema schema(TestSite site, CardType type) throws IOException {
    JsonNode node = JSON.readTree(site.out().resolve(type.schemaUrl()).toFile());
    assertEquals("https://json-schema.org/draft/2020-12/schema", node.get("$schema").asText());
    // 'format: date' (a real day, not 2025-02-30) is only an annotation in 2020-12 unless the
    // validator asserts formats; the form's validator does, so this one does too.
    SchemaRegistryConfig config =
        SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
    Schema schema =
        SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12, b -> b.schemaRegistryConfig(config))
            .getSchema(node.toString(), InputFormat.JSON);
    return instance ->
        schema.validate(instance.toString(), InputFormat.JSON).stream()
            .map(Object::toString)
            .toList();
  }

  /** The validator's messages about a card's front matter (it reads JSON as text). */
  private interface JsonSchema {
    List<String> validate(JsonNode instance);
  }

  static JsonNode frontMatter(Path card) throws IOException {
    String text = Files.readString(card, StandardCharsets.UTF_8).replace("\r\n", "\n");
    int end = text.indexOf("\n---", 4);
    return YAML.readTree(text.substring(4, end));
  }

  @Test
  void acceptsEverySampleCard() throws IOException {
    Path samples = TestSite.REPO.resolve("content");
    if (!Files.exists(samples.resolve("site.yaml")))
      System.err.println("SKIPPED: no sample content/ yet");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Files.exists(samples.resolve("site.yaml")),
        "the sample knowledge base content/ is missing");
    TestSite site = TestSite.in(dir);
    Files.copy(
        samples.resolve("site.yaml"),
        site.content().resolve("site.yaml"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    copyTree(samples, site.content());
    BuildResult r = site.build();
    assertFalse(r.hasErrors(), r.problems().toString());
    int cards = 0;
    for (CardType type : CardType.values()) {
      JsonSchema schema = schema(site, type);
      Path folder = samples.resolve(type.folder());
      if (!Files.isDirectory(folder)) continue;
      try (Stream<Path> s = Files.list(folder)) {
        for (Path card : s.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
          List<String> errors = schema.validate(frontMatter(card));
          assertTrue(errors.isEmpty(), card + ": " + errors);
          cards++;
        }
      }
    }
    assertTrue(cards >= 10, "only " + cards + " sample cards");
  }

  public static final String VALID =
      """
      title: Onderwijscafé
      summary: Leerkrachten ontmoeten elkaar.
      themes: [onderwijs, pesten]
      organisation: Stad Brugge
      municipality: Brugge
      region: west-vlaanderen
      country: BE
      reach: 2
      recurrence: 3
      partners: [CLB Brugge]
      started: 2019
      contact: {name: An, email: an@brugge.be, url: https://brugge.be}
      links: [{title: Meer, url: https://example.org/meer}]
      published: 2025-03-12
      updated: 2025-04-01
      draft: false
      """;

  @Test
  void acceptsAFullValidCardAsCheckDoes() throws IOException {
    TestSite site = TestSite.in(dir).file("practices/ok.md", "---\n" + VALID + "---\nTekst.\n");
    BuildResult r = site.build();
    assertFalse(r.hasErrors(), r.problems().toString());
    assertEquals(List.of(), schema(site, CardType.PRACTICE).validate(YAML.readTree(VALID)));
  }

  /** Each line replaces the field of the same name in the valid card. */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.MethodSource("invalid")
  void rejectsEachInvalidCardAsCheckDoes(String line) throws IOException {
    TestSite site = TestSite.in(dir).practice("other", "Ander", "onderwijs", "Tekst.");
    assertRejectedAsCheckDoes(site, CardType.PRACTICE, invalidCard(line), line);
  }

  /**
   * The schema of a good {@code site} rejects {@code front} (the valid card with {@code line}),
   * blaming only the field the line names, and check reports an error at that line.
   */
  private static void assertRejectedAsCheckDoes(
      TestSite site, CardType type, String front, String line) throws IOException {
    assertFalse(site.build().hasErrors()); // a good site, for its schema
    List<String> errors = schema(site, type).validate(YAML.readTree(front));
    assertFalse(errors.isEmpty(), "schema accepted: " + line);
    // Every error of the schema is about the field the line changed, and so is one of check's,
    // at that field's line.
    String key = line.substring(0, line.indexOf(':'));
    for (String e : errors) {
      // "/reach: must have a maximum value of 4", "/links/0/url: …", or an unknown field named
      assertTrue(
          e.startsWith("/" + key + ":")
              || e.startsWith("/" + key + "/")
              || e.contains("'" + key + "'"),
          line + ": the schema blames " + e);
    }
    site.file(type.folder() + "/bad.md", "---\n" + front + "---\nTekst.\n");
    BuildResult checked = site.check();
    assertTrue(checked.hasErrors(), "check accepted: " + line);
    int lineNumber = 2 + front.lines().toList().indexOf(line);
    assertTrue(
        checked.problems().stream()
            .anyMatch(
                p ->
                    p.file().toString().endsWith("bad.md")
                        && p.severity() == org.stek.report.Severity.ERROR
                        && p.line() == lineNumber),
        line + ": no error at line " + lineNumber + ": " + checked.problems());
  }

  /** The valid card with {@code line} in place of the field it names (or added). */
  public static String invalidCard(String line) {
    return replaced(VALID, line);
  }

  private static String replaced(String valid, String line) {
    String key = line.substring(0, line.indexOf(':'));
    List<String> lines = new ArrayList<>(valid.lines().toList());
    lines.replaceAll(l -> l.startsWith(key + ":") ? line : l);
    if (lines.stream().noneMatch(l -> l.equals(line))) lines.add(line);
    return String.join("\n", lines) + "\n";
  }

  /** Front matter as JSON, as an editor's YAML support sees it. */
  public static JsonNode json(String yaml) throws IOException {
    return YAML.readTree(yaml);
  }

  public static List<String> invalid() {
    return List.of(
        "themes: [onderwjs]",
        "themes: []",
        "reach: 5",
        "reach: 0",
        "reach: twee",
        "published: 2025-3-12",
        "published: 12-03-2025",
        "region: vlaanderen",
        "region: [west-vlaanderen]",
        "country: FR",
        "title: 123",
        "title: ''",
        "summary:",
        "started: 1700",
        "started: 2099",
        "draft: misschien",
        "contact: {email: geen-adres}",
        "contact: {phone: 123}",
        "links: [{title: Meer}]",
        "links: [{title: Meer, url: www.example.org}]",
        "colour: blauw",
        "image: {file: foto.jpg}",
        "image: foto.jpg",
        "published: 2025-02-30");
  }

  @Test
  void recommendationAndPageSchemas() throws IOException {
    TestSite site = TestSite.in(dir).practice("klassen", "Klassen", "onderwijs", "Tekst.");
    site.build();
    JsonSchema rec = schema(site, CardType.RECOMMENDATION);
    assertEquals(
        List.of(),
        rec.validate(
            YAML.readTree("title: R\nsummary: S\nthemes: [pesten]\npractices: [klassen]\n")));
    assertFalse(rec.validate(YAML.readTree("title: R\nsummary: S\n")).isEmpty());
    assertFalse(
        rec.validate(YAML.readTree("title: R\nsummary: S\npractices: [Klassen Brugge]\n"))
            .isEmpty());
    JsonSchema page = schema(site, CardType.PAGE);
    assertEquals(List.of(), page.validate(YAML.readTree("title: Over\nmenu: 2\n")));
    assertFalse(page.validate(YAML.readTree("title: Over\nthemes: [pesten]\n")).isEmpty());
    String script = Files.readString(site.out().resolve("schema/page.schema.js"));
    assertTrue(script.startsWith("(window.stekSchemas = window.stekSchemas || {})[\"page\"] = {"));
  }

  /** A site whose profiles offer and seek its themes. */
  static final String PROFILES_YAML =
      TestSite.SITE_YAML + "organisations:\n  offers: themes\n  seeks: themes\n";

  public static final String VALID_PROFILE =
      """
      name: Basisschool De Linde
      description: Een basisschool in Brussel die graag deelt.
      kind: Basisschool
      place: Brussel
      website: https://delinde.example.be/
      contact: {name: An, email: an@delinde.example.be}
      offers: [meertaligheid]
      seeks: [pesten, onderwijs]
      draft: false
      """;

  @Test
  void acceptsAValidProfileAsCheckDoes() throws IOException {
    TestSite site =
        TestSite.in(dir)
            .file("site.yaml", PROFILES_YAML)
            .file("organisations/de-linde.md", "---\n" + VALID_PROFILE + "---\nTekst.\n");
    BuildResult r = site.build();
    assertFalse(r.hasErrors(), r.problems().toString());
    assertEquals(
        List.of(), schema(site, CardType.ORGANISATION).validate(YAML.readTree(VALID_PROFILE)));
  }

  /** Each line replaces the field of the same name in the valid profile. */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.MethodSource("invalidProfile")
  void rejectsEachInvalidProfileAsCheckDoes(String line) throws IOException {
    TestSite site =
        TestSite.in(dir)
            .file("site.yaml", PROFILES_YAML)
            .practice("other", "Ander", "onderwijs", "Tekst.");
    assertRejectedAsCheckDoes(site, CardType.ORGANISATION, replaced(VALID_PROFILE, line), line);
  }

  static List<String> invalidProfile() {
    return List.of(
        "name: ''",
        "description:",
        "website: www.delinde.be",
        "offers: [meertalig]",
        "seeks: pesten",
        "contact: {email: geen-adres}",
        "logo: {file: logo.png}",
        "title: De Linde",
        "draft: misschien");
  }

  @Test
  void aSiteWithoutProfilesHasNoProfileSchema() throws IOException {
    TestSite site = TestSite.in(dir).practice("klassen", "Klassen", "onderwijs", "Tekst.");
    assertFalse(site.build().hasErrors());
    assertTrue(Files.exists(site.out().resolve(CardType.PRACTICE.schemaUrl())));
    assertFalse(Files.exists(site.out().resolve(CardType.ORGANISATION.schemaUrl())));
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(t);
        else Files.copy(p, t, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}
