package org.stek.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.stek.TestSite;
import org.stek.report.Problem;

/**
 * One fixture card per kind of problem (src/test/resources/cards/), each checked beside a valid
 * card and an image, and the exact compiler-style lines an author sees. Positions were counted by
 * hand in the fixtures: YAML lines are file lines, the front matter starts on line 2.
 */
class CardValidationTest {
  static final Path CARDS = Path.of("src/test/resources/cards");

  @TempDir Path dir;

  static Stream<Arguments> cards() {
    return Stream.of(
        card("valid.md"),
        card(
            "invalid-yaml.md",
            ":2:21: error: invalid YAML: mapping values are not allowed here"
                + " (put quotes around a value that contains ': ')"),
        card(
            "missing-title.md",
            ":2:1: error: missing required field 'title' in front matter (add a line 'title: ...')"),
        card(
            "wrong-type-title.md",
            ":2:8: error: 'title' must be text, found a number (put the value in quotes)"),
        card(
            "themes-not-a-list.md",
            ":4:9: error: 'themes' must be a list, found text (write it as themes: [onderwijs])"),
        card(
            "region-not-one-value.md",
            ":6:9: error: 'region' must be one value, found a list"
                + " (write e.g. region: west-vlaanderen)"),
        card(
            "unknown-field.md",
            ":6:1: error: unknown field 'organisaton' in front matter"
                + " (did you mean 'organisation'?)"),
        card(
            "unknown-theme.md",
            ":4:10: error: unknown theme 'onderwjs' (did you mean 'onderwijs'?)"),
        card(
            "rating-out-of-scale.md",
            ":7:8: error: 'reach' is 5, outside the scale 1..4 (use a whole number from 1 to 4)"),
        card(
            "bad-date.md",
            ":9:12: error: 'published' is not a real date: 2026-02-30 (check the day and month)"),
        card(
            "not-a-date.md",
            ":9:12: error: 'published' must be a date written YYYY-MM-DD, found 'gisteren'"
                + " (e.g. 2025-03-12)"),
        card(
            "missing-alt.md",
            ":11:3: error: the image has no alt text"
                + " (add 'alt: ...' describing the picture for readers who cannot see it)"),
        card(
            "missing-image.md",
            ":11:3: error: the image 'practices/foto.jpg' does not exist"
                + " (put the image file beside the card)"),
        card(
            "link-to-missing-card.md",
            ":11:9: error: the link 'ander-cafe.md' names a card that does not exist"
                + " (check the file name of the card you link to)"),
        card(
            "link-to-missing-file.md",
            ":11:9: error: the link 'brochure.pdf' names a file that does not exist"
                + " (put the file in the content folder, beside the card)"),
        card(
            "duplicate-key.md",
            ":9:1: error: duplicate key 'title' (it is already set on line 2; keep one)"),
        card(
            "no-front-matter.md",
            ":1:1: error: missing front matter (the first line must be '---',"
                + " followed by fields such as 'title: ...' and another '---')"),
        card(
            "unclosed-front-matter.md",
            ":1:1: error: the front matter is not closed (add a line '---' after the last field)"),
        card(
            "recommendation-missing-practice.md",
            ":5:20: error: no practice 'onderwijscafe' exists (expected one of: valid)"),
        // The missing slug also appears in the title: the position is still the list item's.
        card(
            "recommendation-slug-in-title.md",
            ":7:5: error: no practice 'pesten' exists (expected one of: valid)"),
        card(
            "long-summary.md",
            ":3:10: warning: the summary is long (347 characters)"
                + " (keep it to one or two sentences, under 300 characters)"),
        card(
            "future-date.md",
            ":9:12: warning: 'published' is in the future (2027-01-15)"
                + " (the card is built anyway; check the date)"),
        card(
            "duplicate-theme.md",
            ":4:29: warning: theme 'onderwijs' is listed twice (remove the second one)"));
  }

  private static Arguments card(String name, String... lines) {
    return Arguments.of(name, List.of(lines));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cards")
  void reportsExactlyTheseLines(String name, List<String> expected) throws IOException {
    TestSite site = siteWith(name);
    Path file = site.content().resolve(folderOf(name) + name);
    List<String> want = expected.stream().map(l -> file + l).toList();
    assertEquals(want, lines(site.check().problems()));
  }

  @Test
  void namesThatDifferOnlyByCaseAreRefusedAndCollide() throws IOException {
    TestSite site = siteWith("valid.md");
    site.bytes("practices/Valid.md", Files.readAllBytes(CARDS.resolve("valid.md")));
    Path upper = site.content().resolve("practices/Valid.md");
    Path lower = site.content().resolve("practices/valid.md");
    assertEquals(
        List.of(
            upper
                + ":1:1: error: the file name 'Valid.md' is not a valid slug"
                + " (rename it to 'valid.md' (lowercase letters, digits and '-'))",
            lower
                + ":1:1: error: the name collides with "
                + upper
                + " on disks that ignore case or accents (rename one of the two files)"),
        lines(site.check().problems()));
  }

  /** A site holding the fixture, the valid card (for links and recommendations) and foto.svg. */
  TestSite siteWith(String name) throws IOException {
    TestSite site = TestSite.in(dir);
    site.bytes("practices/valid.md", Files.readAllBytes(CARDS.resolve("valid.md")));
    site.bytes("practices/foto.svg", Files.readAllBytes(CARDS.resolve("foto.svg")));
    site.bytes(folderOf(name) + name, Files.readAllBytes(CARDS.resolve(name)));
    return site;
  }

  static String folderOf(String name) {
    return name.startsWith("recommendation-") ? "recommendations/" : "practices/";
  }

  static List<String> lines(List<Problem> problems) {
    return problems.stream().map(Problem::format).toList();
  }
}
