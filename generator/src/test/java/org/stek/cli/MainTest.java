package org.stek.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stek.TestSite;

/** The command line: every problem in one run, and the exit codes scripts rely on. */
class MainTest {
  static final Path CARDS = Path.of("src/test/resources/cards");
  static final List<String> BROKEN =
      List.of(
          "invalid-yaml.md",
          "missing-title.md",
          "unknown-theme.md",
          "rating-out-of-scale.md",
          "bad-date.md",
          "missing-alt.md",
          "link-to-missing-card.md",
          "duplicate-key.md");

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream oldOut;
  private PrintStream oldErr;

  @BeforeEach
  void capture() {
    oldOut = System.out;
    oldErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(oldOut);
    System.setErr(oldErr);
  }

  private int stek(TestSite site) {
    return Main.run(
        "build",
        "--content",
        site.content().toString(),
        "--theme",
        TestSite.REPO.resolve("themes/default").toString(),
        "--out",
        site.out().toString());
  }

  @Test
  void reportsEveryProblemOfEveryCardInOneRun() throws IOException {
    TestSite site = TestSite.in(dir);
    site.bytes("practices/valid.md", Files.readAllBytes(CARDS.resolve("valid.md")));
    site.bytes("practices/foto.svg", Files.readAllBytes(CARDS.resolve("foto.svg")));
    for (String f : BROKEN) site.bytes("practices/" + f, Files.readAllBytes(CARDS.resolve(f)));

    assertEquals(Main.CONTENT_ERRORS, stek(site));
    String text = err.toString(StandardCharsets.UTF_8);
    List<String> problems =
        text.lines().filter(l -> l.startsWith(site.content().toString())).toList();
    assertEquals(BROKEN.size(), problems.size(), text);
    for (String f : BROKEN) {
      Path file = site.content().resolve("practices/" + f);
      assertEquals(
          1, problems.stream().filter(l -> l.startsWith(file + ":")).count(), f + "\n" + text);
    }
    assertTrue(text.contains(":4:10: error: unknown theme 'onderwjs' (did you mean 'onderwijs'?)"));
    assertTrue(text.contains("build failed: 8 errors, 0 warnings"), text);
    assertFalse(Files.exists(site.out()), "nothing is written on errors");
  }

  @Test
  void aGoodSiteBuildsWithExitZero() throws IOException {
    TestSite site = TestSite.in(dir).practice("cafe", "Onderwijscafé", "onderwijs", "Tekst.");
    assertEquals(Main.OK, stek(site), err.toString(StandardCharsets.UTF_8));
    assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Built "));
    assertTrue(Files.isRegularFile(site.out().resolve("practices/cafe.html")));
  }

  @Test
  void versionAndHelpExitZero() {
    assertEquals(Main.OK, Main.run("--version"));
    assertFalse(out.toString(StandardCharsets.UTF_8).isBlank());
    assertEquals(Main.OK, Main.run("--help"));
    assertEquals(Main.OK, Main.run("build", "--help"));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("--content"));
  }

  @Test
  void usageErrorsExitTwo() {
    assertEquals(Main.USAGE, Main.run("build", "--no-such-option"));
    assertEquals(Main.USAGE, Main.run("no-such-command"));
    assertEquals(Main.USAGE, Main.run(new String[0]));
  }

  @Test
  void aRefusedOutputFolderExitsTwo() {
    TestSite site = TestSite.in(dir).practice("cafe", "Onderwijscafé", "onderwijs", "Tekst.");
    int code =
        Main.run(
            "build",
            "--content",
            site.content().toString(),
            "--theme",
            TestSite.REPO.resolve("themes/default").toString(),
            "--out",
            site.content().toString());
    assertEquals(Main.USAGE, code);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("overlaps"));
  }
}
