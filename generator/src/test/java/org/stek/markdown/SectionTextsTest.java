package org.stek.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stek.config.Label;
import org.stek.config.Section;
import org.stek.content.SourceFile;
import org.stek.report.Problem;
import org.stek.report.Problems;

/**
 * The declared sections cut out of a rendered body: each runs from its heading to the next heading
 * that ends a section (declared, or reported as not one), extra headings and lists inside it
 * included; a heading renamed by the cleaner is still found.
 */
class SectionTextsTest {
  static final List<Section> DECLARED =
      List.of(
          section("wat", "Wat?", "What?", "Wat houdt het in?", true),
          section("stekjes", "Stekjes?", "Cuttings?", "", false),
          section("wie", "Wie?", "Who?", "", true));

  private static Section section(String key, String nl, String en, String help, boolean required) {
    return new Section(
        key, new Label(Map.of("nl", nl, "en", en)), new Label(Map.of("nl", help)), required);
  }

  private final Problems problems = new Problems();

  private RenderedBody render(String body, String language) {
    SourceFile src =
        new SourceFile(
            Path.of("content", "practices/a.md"), "practices/a.md", "title: x\n", 2, body, 4);
    return new MarkdownRenderer(Set.of(), false)
        .render(src, "practices/a.html", Set.of(), DECLARED, language, problems);
  }

  private List<String> problems() {
    return problems.sorted().stream()
        .map(Problem::format)
        .map(s -> s.substring(s.indexOf("a.md:") + 5))
        .toList();
  }

  @Test
  void eachSectionRunsToTheNextDeclaredHeading() {
    RenderedBody body =
        render(
            """
            Inleiding.

            ## Wat?
            Een café.

            ### Extra
            - een
            - twee

            ## Hoe het begon
            In 2019.

            ## Stekjes?
            Over stekjes.

            ## Wie?
            De stad.

            <section>
            Los van elke alinea.
            </section>
            """,
            "nl");
    assertEquals(List.of(), problems());
    assertEquals(
        List.of(
            new BodySection(
                "wat",
                "Wat?",
                "wat",
                "Een café.\n\nExtra\n\n- een\n- twee\n\nHoe het begon\n\nIn 2019."),
            new BodySection("stekjes", "Stekjes?", "h-stekjes", "Over stekjes."),
            new BodySection("wie", "Wie?", "wie", "De stad.\n\nLos van elke alinea.")),
        body.sections());
  }

  @Test
  void aMisspeltHeadingEndsTheSectionAboveAndIsReportedInTheSitesLanguage() {
    RenderedBody body = render("## What?\nA café.\n\n## Whoo?\nThe town.\n", "en");
    assertEquals(List.of(new BodySection("wat", "What?", "what", "A café.")), body.sections());
    assertEquals(
        List.of(
            "7:4: error: 'Whoo?' is not a section of this card type (did you mean 'Who?'?)",
            "8:1: error: the required section 'Who?' is missing (under '## Who?' write its text)"),
        problems());
  }

  @Test
  void aBodyWithoutDeclaredSectionsHasNone() {
    assertEquals(List.of(), render("Gewoon tekst.\n\n### Kop\nMeer.", "nl").sections());
    assertEquals(
        List.of(
            "7:1: error: the required section 'Wat?' is missing (under '## Wat?' write Wat houdt het in?)",
            "7:1: error: the required section 'Wie?' is missing (under '## Wie?' write its text)"),
        problems());
  }
}
