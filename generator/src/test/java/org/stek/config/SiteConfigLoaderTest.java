package org.stek.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stek.report.Problem;
import org.stek.report.Problems;

/**
 * One small site.yaml per kind of mistake, and the exact compiler-style lines an author sees:
 * message, line, column and hint. Positions were counted by hand; most cases are {@link #BASE} (a
 * title and one taxonomy, lines 1–2) with the setting under test from line 3.
 */
class SiteConfigLoaderTest {
  static final String BASE = "title: T\ntaxonomies: {themes: {values: [{key: a}]}}\n";

  /** A site.yaml whose one taxonomy, {@code themes}, is written on line 3. */
  static final String THEMES = "title: T\ntaxonomies:\n  themes: ";

  @TempDir Path dir;

  static Stream<Arguments> mistakes() {
    return Stream.of(
        // The top level
        mistake(
            "unknown setting",
            BASE + "taglin: Kort",
            ":3:1: error: unknown field 'taglin' in site.yaml (did you mean 'tagline'?)"),
        mistake(
            "no title",
            "taxonomies: {themes: {values: [{key: a}]}}",
            ":1:1: error: missing required field 'title' in site.yaml (add a line 'title: ...')"),
        mistake(
            "title a number",
            "title: 12\ntaxonomies: {themes: {values: [{key: a}]}}",
            ":1:8: error: 'title' must be text, found a number (put the value in quotes)"),
        mistake(
            "unsupported language",
            BASE + "language: fr",
            ":3:11: error: unsupported language 'fr' (use nl or en)"),
        mistake(
            "base_url without scheme",
            BASE + "base_url: stek.example.org",
            ":3:11: error: base_url must be an absolute http(s) URL (e.g. https://stek.example.org/)"),
        mistake(
            "base_url with a space",
            BASE + "base_url: \"https://stek.example.org/a b/\"",
            ":3:11: error: base_url must be an absolute http(s) URL (e.g. https://stek.example.org/)"),
        mistake(
            "no taxonomies",
            "title: T",
            ":1:1: error: missing required field 'taxonomies' in site.yaml"
                + " (add a line 'taxonomies: ...')"),
        mistake(
            "a country's label a list",
            BASE + "countries: {BE: [België]}",
            ":3:17: error: a label must be text or {nl: ..., en: ...}"),
        // Taxonomies
        mistake(
            "taxonomy key with capitals",
            "title: T\ntaxonomies:\n  Themes: {values: [{key: a}]}",
            ":3:3: error: key 'Themes' may only use a-z, 0-9, '-' and '_' (keys appear in URLs)"),
        mistake(
            "taxonomy key of 65 characters",
            "title: T\ntaxonomies:\n  " + "a".repeat(65) + ": {values: [{key: a}]}",
            ":3:3: error: key 'aaaaaaaaaaaaaaaaaaaa…' is 65 characters long"
                + " (keys name files and appear in URLs: keep them under 64 characters)"),
        mistake(
            "taxonomy named as the site's own pages",
            "title: T\ntaxonomies:\n  events: {values: [{key: a}]}",
            ":3:3: error: a taxonomy may not be called 'events': the site's own pages are there"
                + " (give it another key, e.g. 'events_list', and keep its field with 'field:')"),
        mistake(
            "taxonomy a list",
            THEMES + "[a, b]",
            ":3:11: error: taxonomy 'themes' must be a mapping (give it label, singular and values)"),
        mistake(
            "unknown taxonomy field",
            THEMES + "{lable: Themas, values: [{key: a}]}",
            ":3:12: error: unknown field 'lable' in taxonomy 'themes'"
                + " (expected one of: label, singular, field, multiple, values)"),
        mistake(
            "taxonomy without values",
            THEMES + "{label: Themas}",
            ":3:11: error: missing required field 'values' in taxonomy 'themes'"
                + " (add a line 'values: ...')"),
        mistake(
            "a value not a mapping",
            THEMES + "{values: [a]}",
            ":3:12: error: the required field 'values' is empty in taxonomy 'themes'"
                + " (write its value after 'values:')",
            ":3:21: error: a taxonomy value must be a mapping with key, label and description"),
        mistake(
            "a value without key",
            THEMES + "{values: [{label: A}, {key: b}]}",
            ":3:21: error: missing required field 'key' in a value of 'themes'"
                + " (add a line 'key: ...')"),
        mistake(
            "a value key with capitals",
            THEMES + "{values: [{key: B}]}",
            ":3:27: error: key 'B' may only use a-z, 0-9, '-' and '_' (keys appear in URLs)"),
        mistake(
            "a value twice",
            THEMES + "{values: [{key: a}, {key: a}]}",
            ":3:37: error: value 'a' is defined twice in 'themes'"),
        mistake(
            "unknown field of a value",
            THEMES + "{values: [{key: a, descripton: Uitleg}]}",
            ":3:30: error: unknown field 'descripton' in a value of 'themes'"
                + " (did you mean 'description'?)"),
        mistake(
            "label a list",
            THEMES + "{label: [Themas], values: [{key: a}]}",
            ":3:19: error: a label must be text or {nl: ..., en: ...}"),
        mistake(
            "label in a language not text",
            THEMES + "{label: {nl: [Themas]}, values: [{key: a}]}",
            ":3:19: error: a label must be text or {nl: ..., en: ...}",
            ":3:20: error: a label in 'nl' must be text"),
        mistake(
            "multiple not true or false",
            THEMES + "{multiple: ja, values: [{key: a}]}",
            ":3:22: error: 'multiple' must be true or false, found text"),
        // Ratings
        mistake(
            "rating a list",
            BASE + "ratings: {reach: [1, 2]}",
            ":3:18: error: rating 'reach' must be a mapping"),
        mistake(
            "rating key with capitals",
            BASE + "ratings: {Reach: {levels: [{level: 1}]}}",
            ":3:11: error: key 'Reach' may only use a-z, 0-9, '-' and '_' (keys appear in URLs)"),
        mistake(
            "levels out of order",
            BASE + "ratings: {reach: {levels: [{level: 1}, {level: 3}]}}",
            ":3:40: error: levels of 'reach' must be numbered 1, 2, 3, ... in order"
                + " (expected level 2)"),
        mistake(
            "a level not a mapping",
            BASE + "ratings: {reach: {levels: [1]}}",
            ":3:19: error: the required field 'levels' is empty in rating 'reach'"
                + " (write its value after 'levels:')",
            ":3:28: error: a rating level must be a mapping with level, label and description"),
        mistake(
            "rating without levels",
            BASE + "ratings: {reach: {label: Bereik}}",
            ":3:18: error: missing required field 'levels' in rating 'reach'"
                + " (add a line 'levels: ...')"),
        mistake(
            "unknown rating field",
            BASE + "ratings: {reach: {scale: 4, levels: [{level: 1}]}}",
            ":3:19: error: unknown field 'scale' in rating 'reach'"
                + " (expected one of: label, description, levels)"),
        mistake(
            "unknown field of a level",
            BASE + "ratings: {reach: {levels: [{level: 1, labl: Klein}]}}",
            ":3:39: error: unknown field 'labl' in a level of 'reach' (did you mean 'label'?)"),
        // Limits
        mistake(
            "limit not a number",
            BASE + "limits: {card_warning_kb: veel}",
            ":3:27: error: 'card_warning_kb' must be a whole number, found text"),
        mistake(
            "unknown limit",
            BASE + "limits: {card_kb: 10}",
            ":3:10: error: unknown field 'card_kb' in limits"
                + " (expected one of: card_warning_kb, card_error_kb, attachment_warning_kb)"));
  }

  static Arguments mistake(String name, String siteYaml, String... lines) {
    return Arguments.of(name, siteYaml, List.of(lines));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"mistakes", "org.stek.config.SiteConfigMistakes#mistakes"})
  void reportsExactlyTheseLines(String name, String siteYaml, List<String> expected)
      throws IOException {
    Path file = write(siteYaml);
    Problems problems = new Problems();
    SiteConfig config = SiteConfigLoader.load(dir, problems);
    assertEquals(expected.stream().map(l -> file + l).toList(), lines(problems));
    if (problems.hasErrors()) assertNull(config, "a site.yaml with errors gives no config");
    else assertNotNull(config, "warnings alone keep the config");
  }

  @Test
  void aMissingSiteYamlIsReported() {
    Problems problems = new Problems();
    assertNull(SiteConfigLoader.load(dir, problems));
    assertEquals(
        List.of(
            dir.resolve("site.yaml")
                + ":1:1: error: site.yaml is missing"
                + " (every content folder needs a site.yaml: see README, 'The site')"),
        lines(problems));
  }

  @Test
  void invalidYamlIsReportedWhereItIs() throws IOException {
    Path file = write("title: T\ntaxonomies: {themes: [a}\n");
    Problems problems = new Problems();
    assertNull(SiteConfigLoader.load(dir, problems));
    List<Problem> found = problems.sorted();
    assertEquals(1, found.size(), found::toString);
    assertEquals(file, found.get(0).file());
    assertEquals(2, found.get(0).line(), found::toString);
  }

  @Test
  void aListOrNothingIsNotASiteYaml() throws IOException {
    for (String text : List.of("- title: T\n", "", "# nothing yet\n")) {
      Path file = write(text);
      Problems problems = new Problems();
      assertNull(SiteConfigLoader.load(dir, problems), text);
      assertEquals(
          List.of(
              file
                  + ":1:1: error: site.yaml must be a mapping of settings"
                  + " (start with 'title: ...')"),
          lines(problems),
          text);
    }
  }

  @Test
  void bytesThatAreNotUtf8AreReported() throws IOException {
    Path file = dir.resolve("site.yaml");
    Files.write(file, new byte[] {'t', 'i', 't', 'l', 'e', ':', ' ', (byte) 0xff, '\n'});
    Problems problems = new Problems();
    assertNull(SiteConfigLoader.load(dir, problems));
    assertEquals(
        List.of(file + ":1:1: error: cannot read site.yaml: Input length = 1 (save it as UTF-8)"),
        lines(problems));
  }

  @Test
  void aByteOrderMarkAndWindowsLineEndsAreRead() throws IOException {
    write("\uFEFFtitle: T\r\nlanguage: en\r\ntaxonomies: {themes: {values: [{key: a}]}}\r\n");
    Problems problems = new Problems();
    SiteConfig config = SiteConfigLoader.load(dir, problems);
    assertEquals(List.of(), lines(problems));
    assertEquals("T", config.title());
    assertEquals("en", config.language());
  }

  /** The loader answers for its own errors, not for those other stages reported before it. */
  @Test
  void errorsReportedBeforeDoNotTakeTheConfigAway() throws IOException {
    write(BASE);
    Problems problems = new Problems();
    problems.error(dir.resolve("practices/a.md"), 1, 1, "an earlier error", null);
    SiteConfig config = SiteConfigLoader.load(dir, problems);
    assertNotNull(config);
    assertEquals("T", config.title());
  }

  Path write(String siteYaml) throws IOException {
    return Files.writeString(dir.resolve("site.yaml"), siteYaml);
  }

  static List<String> lines(Problems problems) {
    return problems.sorted().stream().map(Problem::format).toList();
  }
}
