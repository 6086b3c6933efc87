package org.stek.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stek.BuildResult;
import org.stek.TestSite;
import org.stek.report.Problem;

/**
 * Every kind of section problem, each at its place: a card's body starts on line 13 of the files
 * {@link TestSite#practice} writes, and the column is that of the heading's text.
 */
class SectionCheckTest {
  static final String SECTIONS =
      """
      sections:
        practice:
          - {key: wat, heading: {nl: "Wat?", en: "What?"}, help: "Wat houdt het in?", required: true}
          - {key: wie, heading: {nl: "Wie?", en: "Who?"}, help: "Wie doet mee?", required: true}
          - {key: waarom, heading: {nl: "Waarom?", en: "Why?"}, required: false}
      """;

  @TempDir Path dir;

  private List<String> problems(String body) {
    TestSite site = TestSite.in(dir).file("site.yaml", TestSite.SITE_YAML + SECTIONS);
    site.practice("a", "A", "onderwijs", body);
    BuildResult r = site.check();
    return r.problems().stream()
        .map(Problem::format)
        .map(s -> s.substring(s.indexOf("a.md:") + 5))
        .toList();
  }

  @Test
  void aCardWithEverySectionInOrderIsClean() {
    assertEquals(
        List.of(),
        problems(
            "## Wat?\nEen café.\n\n### Extra\nMeer.\n\n## Wie?\nDe stad.\n\n## Waarom?\nOmdat."));
  }

  @Test
  void extraHeadingsInsideASectionAndOptionalSectionsLeftOutAreAllowed() {
    assertEquals(
        List.of(),
        problems(
            "Een inleiding.\n\n## Wat?\nEen café.\n\n## Hoe het begon\nIn 2019.\n\n## Wie?\nDe stad."));
  }

  @Test
  void aMissingRequiredSectionIsReportedWhereItBelongs() {
    assertEquals(
        List.of(
            "15:1: error: the required section 'Wie?' is missing"
                + " (under '## Wie?' write Wie doet mee?)"),
        problems("## Wat?\nEen café.\n## Waarom?\nOmdat."));
  }

  @Test
  void aMissingSectionAtTheEndIsReportedAtTheLastLine() {
    assertEquals(
        List.of(
            "14:1: error: the required section 'Wie?' is missing"
                + " (under '## Wie?' write Wie doet mee?)"),
        problems("## Wat?\nEen café.\n"));
  }

  @Test
  void anEmptyRequiredSectionIsReportedAtItsHeading() {
    assertEquals(
        List.of(
            "15:5: error: the required section 'Wie?' is empty"
                + " (under '## Wie?' write Wie doet mee?)"),
        problems("## Wat?\nEen café.\n##  Wie?\n<!-- later -->\n\n## Waarom?\nOmdat."));
  }

  @Test
  void aMisspeltHeadingGetsADidYouMean() {
    assertEquals(
        List.of(
                "15:4: error: 'Wi?' is not a section of this card type (did you mean 'Wie?'?)",
                "16:1: error: the required section 'Wie?' is missing"
                    + " (under '## Wie?' write Wie doet mee?)")
            .stream()
            .sorted()
            .toList(),
        problems("## Wat?\nEen café.\n## Wi?\nDe stad.").stream().sorted().toList());
  }

  @Test
  void anUndeclaredHeadingBeforeAnySectionIsReported() {
    assertEquals(
        List.of(
            "13:4: error: 'Over ons' is not a section of this card type"
                + " (the sections are: Wat?, Wie?, Waarom?)"),
        problems("## Over ons\nWij.\n## Wat?\nEen café.\n## Wie?\nDe stad."));
  }

  @Test
  void aSectionWrittenTwiceIsReportedAtTheSecond() {
    assertEquals(
        List.of(
            "17:4: error: the section 'Wat' appears twice (it began at line 13: write it once)"),
        problems("## Wat?\nEen café.\n## Wie?\nDe stad.\n## Wat\nNog eens."));
  }

  @Test
  void sectionsOutOfOrderAreAWarning() {
    assertEquals(
        List.of(
            "15:4: warning: the section 'Wat?' comes after 'Wie?'"
                + " (the order is Wat?, Wie?, Waarom?)"),
        problems("## Wie?\nDe stad.\n## Wat?\nEen café."));
  }

  @Test
  void headingsInCodeBlocksAndQuotesAreText() {
    assertEquals(
        List.of(), problems("## Wat?\n```\n## Wie?\n```\n> ## Nergens\n\n## Wie?\nDe stad."));
  }
}
