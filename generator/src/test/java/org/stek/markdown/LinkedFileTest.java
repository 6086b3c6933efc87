package org.stek.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stek.Stek;
import org.stek.TestSite;
import org.stek.content.Practice;
import org.stek.report.Problems;

/**
 * A practice offers the files it lists under {@code attachments:} and then those its body links to,
 * each once, with the title the list gives it before the link's text.
 */
class LinkedFileTest {
  @TempDir Path dir;

  @Test
  void listedAttachmentsComeFirstThenLinkedFilesEachOnce() {
    TestSite site =
        TestSite.in(dir)
            .file(
                "practices/kijk.md",
                TestSite.practiceText(
                        "Kijk",
                        """
                    organisation: Stad Brugge
                    attachments:
                      - {file: verslag.pdf, title: Verslag}
                      - {file: plan.pdf, title: Het plan}""")
                    + "\nZie [de lijst](lijst.xlsx), [het plan nog eens](plan.pdf) en [de lijst](lijst.xlsx).\n")
            .bytes("practices/verslag.pdf", new byte[10])
            .bytes("practices/plan.pdf", new byte[10])
            .bytes("practices/lijst.xlsx", new byte[10]);
    Problems problems = new Problems();
    Stek.Content content = Stek.read(site.options(), problems);
    assertNotNull(content, problems.sorted().toString());
    Practice kijk =
        (Practice)
            content.kb().cards().stream().filter(c -> c.slug().equals("kijk")).findFirst().get();
    RenderedBody body = content.bodies().values().iterator().next();
    assertEquals(
        List.of(
            Map.entry("practices/verslag.pdf", "Verslag"),
            Map.entry("practices/plan.pdf", "Het plan"),
            Map.entry("practices/lijst.xlsx", "de lijst")),
        List.copyOf(LinkedFile.offeredBy(kijk, body).entrySet()));
    assertEquals(
        List.of(
            Map.entry("practices/verslag.pdf", "Verslag"),
            Map.entry("practices/plan.pdf", "Het plan")),
        List.copyOf(LinkedFile.offeredBy(kijk, null).entrySet()),
        "no body: the listed ones");
  }
}
