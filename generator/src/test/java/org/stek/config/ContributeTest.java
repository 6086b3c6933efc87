package org.stek.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stek.report.Problem;
import org.stek.report.Problems;

/**
 * {@code contribute:} in site.yaml: where authors send a card, and the code host's pages the
 * contribute form's "Propose" button opens, as each host names them.
 */
class ContributeTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          https://github.com/org/kb      | github  | GitHub  | https://github.com/org/kb/new/main/content/practices?filename={name}&value={text}       | https://github.com/org/kb/tree/main/content/practices
          https://GitHub.com/org/kb/     | github  | GitHub  | https://GitHub.com/org/kb/new/main/content/practices?filename={name}&value={text}       | https://GitHub.com/org/kb/tree/main/content/practices
          https://gitlab.com/org/kb      | gitlab  | GitLab  | https://gitlab.com/org/kb/-/new/main/content/practices                                  | https://gitlab.com/org/kb/-/tree/main/content/practices
          https://gitlab.example.org/kb  | gitlab  | GitLab  | https://gitlab.example.org/kb/-/new/main/content/practices                              | https://gitlab.example.org/kb/-/tree/main/content/practices
          https://codeberg.org/org/kb    | forgejo | Forgejo | https://codeberg.org/org/kb/_new/main/content/practices/?filename={name}&value={text}   | https://codeberg.org/org/kb/src/branch/main/content/practices
          https://forgejo.example.org/kb | forgejo | Forgejo | https://forgejo.example.org/kb/_new/main/content/practices/?filename={name}&value={text} | https://forgejo.example.org/kb/src/branch/main/content/practices
          https://gitea.com/org/kb.git   | gitea   | Gitea   | https://gitea.com/org/kb/_new/main/content/practices/?filename={name}&value={text}      | https://gitea.com/org/kb/src/branch/main/content/practices
          https://gitea.example.org/kb   | gitea   | Gitea   | https://gitea.example.org/kb/_new/main/content/practices/?filename={name}&value={text}  | https://gitea.example.org/kb/src/branch/main/content/practices
          """)
  void theUrlTellsTheHost(String url, String kind, String name, String newFile, String folder)
      throws IOException {
    Submission s = load("contribute: {repository: \"" + url + "\"}");
    assertEquals(url, s.repository());
    assertEquals("", s.email());
    assertFalse(s.isEmpty());
    assertEquals(kind, s.host().kind());
    assertEquals(name, s.host().name());
    assertEquals(newFile, s.host().newFile());
    assertEquals(folder, s.host().folder());
    assertEquals(!kind.equals("gitlab"), s.host().prefills(), "GitLab does not prefill");
  }

  @Test
  void hostBranchAndFolderCanBeNamed() throws IOException {
    Submission s =
        load(
            "contribute: {repository: {url: \"https://git.example.org/org/kb.git/\","
                + " host: gitea, branch: voorstel 1, folder: /kb/inhoud/}}");
    assertEquals("Gitea", s.host().name());
    assertEquals(
        "https://git.example.org/org/kb/_new/voorstel%201/kb/inhoud/practices/"
            + "?filename={name}&value={text}",
        s.host().newFile());
    assertEquals(
        "https://git.example.org/org/kb/src/branch/voorstel%201/kb/inhoud/practices",
        s.host().folder());
  }

  @Test
  void aNamedHostOutranksTheUrlAndTheRootFolderHoldsPractices() throws IOException {
    Submission s =
        load(
            "contribute: {repository: {url: \"https://gitlab.example.org/kb\","
                + " host: forgejo, folder: /}}");
    assertEquals("forgejo", s.host().kind());
    assertEquals("https://gitlab.example.org/kb/src/branch/main/practices", s.host().folder());
  }

  @Test
  void anUnknownHostGivesNoProposeButton() throws IOException {
    Submission s = load("contribute: {repository: \"https://git.example.org/org/kb\"}");
    assertEquals("https://git.example.org/org/kb", s.repository());
    assertNull(s.host());
  }

  @Test
  void anEmailAddressAlone() throws IOException {
    Submission s = load("contribute: {email: redactie@example.org}");
    assertEquals(new Submission("redactie@example.org", "", null), s);
    assertFalse(s.isEmpty());
  }

  @Test
  void aUrlWithoutHostTellsNoKind() {
    assertEquals("", RepositoryHost.kindOf("https://"));
    assertEquals("", RepositoryHost.kindOf("mailto:redactie@example.org"));
    assertEquals("", RepositoryHost.kindOf("https://exa mple.org/kb"));
    assertEquals("", RepositoryHost.kindOf("https://notgithub.com/kb"));
  }

  /** The submission of a site.yaml with {@code contribute} on its third line, without problems. */
  Submission load(String contribute) throws IOException {
    Files.writeString(dir.resolve("site.yaml"), SiteConfigLoaderTest.BASE + contribute);
    Problems problems = new Problems();
    SiteConfig config = SiteConfigLoader.load(dir, problems);
    assertEquals(List.of(), problems.sorted().stream().map(Problem::format).toList());
    assertTrue(config != null);
    return config.submission();
  }
}
