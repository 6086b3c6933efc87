package org.stek.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stek.BuildOptions;
import org.stek.BuildResult;
import org.stek.Stek;
import org.stek.TestSite;

/** Warnings never fail a build and never drop a card; drafts are left out unless asked for. */
class DraftsAndWarningsTest {
  @TempDir Path dir;

  private TestSite site(String... fixtures) throws IOException {
    TestSite site = TestSite.in(dir);
    for (String f : fixtures) {
      site.bytes("practices/" + f, Files.readAllBytes(CardValidationTest.CARDS.resolve(f)));
    }
    return site;
  }

  @Test
  void cardsWithWarningsAreBuilt() throws IOException {
    TestSite site = site("valid.md", "future-date.md", "long-summary.md", "duplicate-theme.md");
    BuildResult r = site.build();
    assertFalse(r.hasErrors(), r.problems().toString());
    assertEquals(3, r.warnings());
    assertTrue(r.written());
    assertEquals(4, r.practices());
    for (String slug : new String[] {"future-date", "long-summary", "duplicate-theme"}) {
      assertTrue(Files.isRegularFile(site.out().resolve("practices/" + slug + ".html")), slug);
    }
    // The future card is listed like any other, not hidden until its date.
    assertFalse(site.page("practices/index.html").select("a[href$=future-date.html]").isEmpty());
  }

  @Test
  void draftsAreLeftOutUnlessAskedFor() throws IOException {
    TestSite site = site("valid.md", "draft.md");
    BuildResult r = site.build();
    assertFalse(r.hasErrors(), r.problems().toString());
    assertEquals(1, r.practices());
    assertFalse(Files.exists(site.out().resolve("practices/draft.html")));
    assertTrue(site.page("practices/index.html").select("a[href$=draft.html]").isEmpty());

    BuildOptions o = site.options();
    BuildResult withDrafts =
        Stek.build(new BuildOptions(o.content(), o.theme(), o.out(), true, o.today()));
    assertEquals(2, withDrafts.practices());
    assertTrue(Files.isRegularFile(site.out().resolve("practices/draft.html")));
  }
}
