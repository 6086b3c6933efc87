package org.stek.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stek.TestSite;

/**
 * {@code stek check}'s last line, and {@code stek build}'s, count every kind of card, profiles and
 * events too.
 */
class CheckSummaryTest {
  @TempDir Path dir;

  static String event(String title, String day) {
    return "---\ntitle: \"%s\"\nstart: %s\nend: %s\nplace: Gent\n---\n".formatted(title, day, day);
  }

  private TestSite site() {
    return TestSite.in(dir)
        .practice("cafe", "Onderwijscafé", "onderwijs", "Een praktijk.")
        .practice("pest", "Pestvrij", "pesten", "Nog een praktijk.")
        .file("pages/over.md", "---\ntitle: Over\n---\nOver deze site.\n")
        .file(
            "organisations/school.md",
            "---\nname: \"Een school\"\ndescription: \"Een basisschool.\"\n---\n")
        .file("events/een.md", event("Een", "2027-01-05"))
        .file("events/twee.md", event("Twee", "2026-10-01"))
        .file("events/drie.md", event("Drie", "2027-02-01"));
  }

  @Test
  void theSummaryCountsEveryKindOfCard() {
    TestSite site = site();
    Cli r =
        Cli.run(
            "check",
            "--content",
            site.content().toString(),
            "--theme",
            TestSite.REPO.resolve("themes/default").toString());
    assertEquals(0, r.exit(), r.err() + r.out());
    assertEquals(
        "2 practices, 0 recommendations, 1 pages, 1 organisations, 3 events checked:"
            + " 0 errors, 0 warnings",
        r.out().strip().lines().reduce((a, b) -> b).orElseThrow());
  }

  @Test
  void theBuildSaysSoToo() {
    TestSite site = site();
    Cli r =
        Cli.run(
            "build",
            "--content",
            site.content().toString(),
            "--out",
            site.out().toString(),
            "--theme",
            TestSite.REPO.resolve("themes/default").toString());
    assertEquals(0, r.exit(), r.err() + r.out());
    assertTrue(
        r.out()
            .contains(
                " pages from 2 practices, 0 recommendations, 1 pages, 1 organisations, 3 events"
                    + " into "),
        r.out());
  }
}
