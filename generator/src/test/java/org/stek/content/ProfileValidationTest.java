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

/**
 * Organisation profiles are checked like cards: one fixture per problem
 * (src/test/resources/cards/organisation-*.md), the exact lines an author sees, at their positions.
 */
class ProfileValidationTest {
  static final String PROFILES = "organisations:\n  offers: themes\n  seeks: themes\n";

  @TempDir Path dir;

  static Stream<Arguments> cards() {
    return Stream.of(
        Arguments.of("organisation-valid.md", List.of()),
        Arguments.of(
            "organisation-unknown-offer.md",
            List.of(":4:21: error: unknown theme 'pestn' (did you mean 'pesten'?)")),
        Arguments.of(
            "organisation-unknown-field.md",
            List.of(
                ":2:1: error: missing required field 'description' in front matter"
                    + " (add a line 'description: ...')",
                ":3:1: error: unknown field 'descripton' in front matter"
                    + " (did you mean 'description'?)")),
        Arguments.of(
            "organisation-bad-website.md",
            List.of(
                ":4:10: error: 'www.school.be' is not a web address"
                    + " (write the full address, starting with https://)")),
        Arguments.of(
            "organisation-missing-logo.md",
            List.of(
                ":5:3: error: the logo 'organisations/logo.png' does not exist"
                    + " (put the image file beside the profile)")),
        Arguments.of(
            "organisation-logo-without-alt.md",
            List.of(
                ":5:3: error: the logo has no alt text"
                    + " (add 'alt: ...' describing the picture for readers who cannot see it)")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cards")
  void reportsExactlyTheseLines(String name, List<String> expected) throws IOException {
    TestSite site = site(TestSite.SITE_YAML + PROFILES, name);
    Path file = site.content().resolve("organisations/" + name);
    assertEquals(
        expected.stream().map(l -> file + l).toList(),
        CardValidationTest.lines(site.check().problems()));
  }

  @Test
  void offersNeedATaxonomyNamedInSiteYaml() throws IOException {
    TestSite site = site(TestSite.SITE_YAML, "organisation-valid.md");
    Path file = site.content().resolve("organisations/organisation-valid.md");
    assertEquals(
        List.of(
            file
                + ":7:9: error: site.yaml names no taxonomy for what organisations offers"
                + " (add to site.yaml: organisations: {offers: <taxonomy key>})",
            file
                + ":8:8: error: site.yaml names no taxonomy for what organisations seeks"
                + " (add to site.yaml: organisations: {seeks: <taxonomy key>})"),
        CardValidationTest.lines(site.check().problems()));
  }

  @Test
  void siteYamlNamesAnExistingTaxonomy() throws IOException {
    TestSite site =
        site(
            TestSite.SITE_YAML + "organisations:\n  offers: theme\n",
            "organisation-unknown-field.md");
    assertEquals(
        List.of(
            site.content().resolve("site.yaml")
                + ":"
                + (TestSite.SITE_YAML.split("\n").length + 2)
                + ":11: error: no taxonomy 'theme' for what organisations offers"
                + " (did you mean 'themes'?)"),
        CardValidationTest.lines(site.check().problems()));
  }

  private TestSite site(String yaml, String name) throws IOException {
    TestSite site = TestSite.in(dir).file("site.yaml", yaml);
    site.bytes(
        "practices/valid.md", Files.readAllBytes(CardValidationTest.CARDS.resolve("valid.md")));
    site.bytes(
        "practices/foto.svg", Files.readAllBytes(CardValidationTest.CARDS.resolve("foto.svg")));
    site.bytes("organisations/" + name, Files.readAllBytes(CardValidationTest.CARDS.resolve(name)));
    return site;
  }
}
