package org.stek;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stek.cli.Main;

/**
 * The hostile corpus (src/test/resources/hostile/, plus the files a repository cannot hold, made
 * here): every broken card gets its line in the report, exactly as in expected-report.txt; the
 * valid cards are still checked in the same run; the exit code is 1; the previous site stays as it
 * was; and no file anywhere under the test's folder changes, the targets of the symbolic links
 * included.
 */
class HostileInputTest {
  static final Path CORPUS = TestSite.REPO.resolve("generator/src/test/resources/hostile");

  @TempDir Path root;

  private Path corpus() throws IOException {
    Path content = root.resolve("content");
    try (Stream<Path> s = Files.walk(CORPUS)) {
      for (Path p : s.toList()) {
        Path to = content.resolve(CORPUS.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(to);
        else if (!p.getFileName().toString().equals("expected-report.txt")) Files.copy(p, to);
      }
    }
    Path practices = content.resolve("practices");
    String card =
        "---\ntitle: \"%s\"\nsummary: \"Een samenvatting.\"\nthemes: [onderwijs]\n"
            + "organisation: School\ncountry: BE\nreach: 1\npublished: 2025-01-01\n---\n%s";
    write(
        practices,
        "invalid-utf8.md",
        bytes(card, "Ongeldig", "Tekst met een kapotte byte: "),
        new byte[] {'c', 'a', 'f', (byte) 0xE9, '\n'});
    write(
        practices,
        "bom-crlf.md",
        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        card.formatted("BOM en CRLF", "Tekst.\n")
            .replace("\n", "\r\n")
            .getBytes(StandardCharsets.UTF_8));
    write(
        practices,
        "utf16.md",
        card.formatted("UTF-16", "Tekst.\n").getBytes(StandardCharsets.UTF_16));
    write(
        practices,
        "nul-bytes.md",
        card.formatted("NUL", "Te\0kst.\n").getBytes(StandardCharsets.UTF_8));
    byte[] png = new byte[1040];
    byte[] head = {
      (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, '\r', 'I', 'H', 'D', 'R'
    };
    System.arraycopy(head, 0, png, 0, head.length);
    for (int i = head.length; i < png.length; i++) png[i] = (byte) i;
    write(practices, "binary.md", png);
    write(
        practices,
        "big.md",
        bytes(card, "Groot", ""),
        "Veel tekst. ".repeat(10 * 1024 * 1024 / 12).getBytes(StandardCharsets.UTF_8));
    write(
        practices,
        "medium.md",
        bytes(card, "Middel", ""),
        "Veel tekst. ".repeat(300 * 1024 / 12).getBytes(StandardCharsets.UTF_8));
    Files.writeString(root.resolve("secret.txt"), "geheim\n");
    Files.createSymbolicLink(practices.resolve("loop"), Path.of(".."));
    Files.createSymbolicLink(practices.resolve("outside.md"), Path.of("../../secret.txt"));
    return content;
  }

  private static byte[] bytes(String card, String title, String body) {
    return card.formatted(title, body).getBytes(StandardCharsets.UTF_8);
  }

  private static void write(Path dir, String name, byte[]... parts) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] p : parts) out.write(p);
    Files.write(dir.resolve(name), out.toByteArray());
  }

  @Test
  void everyProblemIsReportedAndNothingIsWritten() throws Exception {
    Path content = corpus();
    Path site = root.resolve("site");
    TestSite previous = TestSite.in(root.resolve("previous"));
    previous.practice("oud", "Een oude kaart", "onderwijs", "Tekst.");
    assertEquals(
        Main.OK,
        Main.run("build", "--content", previous.content().toString(), "--out", site.toString()));
    Map<String, String> before = snapshot(root);

    String[] check = run("check", "--content", content.toString());
    String[] build = run("build", "--content", content.toString(), "--out", site.toString());
    assertEquals("1", check[0], "exit code of check");
    assertEquals("1", build[0], "exit code of build");

    List<String> want = Files.readAllLines(CORPUS.resolve("expected-report.txt"));
    List<String> got = lines(check[2], content);
    assertEquals(String.join("\n", want), String.join("\n", got));
    assertEquals(got, lines(build[2], content), "build reports what check reports");
    assertTrue(
        check[2].contains(
            "practices, 0 recommendations, 0 pages, 0 organisations, 0 events checked"),
        check[2]);
    assertTrue(check[2].contains("10 practices"), "the valid cards were checked too: " + check[2]);

    assertEquals(before, snapshot(root), "no file changed anywhere, the old site included");
  }

  @Test
  void emptyMissingAndBrokenSitesAreReported() throws Exception {
    Path empty = Files.createDirectories(root.resolve("empty"));
    Path onlyYaml = Files.createDirectories(root.resolve("only-yaml"));
    Files.copy(CORPUS.resolve("site.yaml"), onlyYaml.resolve("site.yaml"));
    Path broken = Files.createDirectories(root.resolve("broken"));
    Files.writeString(broken.resolve("site.yaml"), "title: [kapot\nlanguage: nl\n");
    Map<Path, String> expected =
        Map.of(
            empty,
            "site.yaml:1:1: error: site.yaml is missing (every content folder needs a site.yaml:"
                + " see README, 'The site')",
            onlyYaml,
            ":1:1: error: the content folder has no cards (add practices/<slug>.md files"
                + " (stek new practice \"Title\"))",
            broken,
            "site.yaml:2:9: error: invalid YAML: while parsing a flow sequence (check"
                + " indentation and quotes)");
    Map<String, String> before = snapshot(root);
    for (var e : expected.entrySet()) {
      String[] r =
          run("build", "--content", e.getKey().toString(), "--out", root.resolve("out").toString());
      assertEquals("1", r[0], e.getKey().toString());
      String line =
          r[2].lines().filter(l -> l.startsWith(e.getKey().toString())).findFirst().orElse("");
      assertEquals(
          e.getValue(), line.substring(e.getKey().toString().length()).replaceFirst("^/", ""));
    }
    assertEquals(before, snapshot(root), "nothing written");
  }

  /**
   * Names that become file names may be very long: a long title gives a shorter archive name, a
   * long taxonomy key is an error, neither crashes the build (it did: "File name too long").
   */
  @Test
  void longNamesDoNotCrashTheBuild() throws IOException {
    String yaml =
        TestSite.SITE_YAML.replace("title: Testbank", "title: " + "Lange titel ".repeat(40));
    TestSite title = TestSite.in(root.resolve("title")).file("site.yaml", yaml);
    title.practice("a", "A", "onderwijs", "Tekst.");
    String[] r =
        run("build", "--content", title.content().toString(), "--out", title.out().toString());
    assertEquals("0", r[0], r[2]);
    try (Stream<Path> s = Files.list(title.out().resolve("download"))) {
      String zip =
          s.map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".zip"))
              .findFirst()
              .orElseThrow();
      assertTrue(zip.startsWith("lange-titel-") && zip.length() <= 64, zip);
    }
    String key = "k" + "e".repeat(300);
    TestSite keys =
        TestSite.in(root.resolve("key"))
            .file("site.yaml", TestSite.SITE_YAML.replace("{key: pesten,", "{key: " + key + ","));
    keys.practice("a", "A", "onderwijs, " + key, "Tekst.");
    r = run("build", "--content", keys.content().toString(), "--out", keys.out().toString());
    assertEquals("1", r[0], r[2]);
    assertTrue(r[2].contains("is 301 characters long"), r[2]);
  }

  /** {exit code, the problem lines, the summary line}. */
  private static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.runWith(new PrintWriter(out), new PrintWriter(err), args);
    return new String[] {String.valueOf(code), err.toString(), out.toString() + err};
  }

  /** The problem lines, with the folder of the run taken out. */
  private static List<String> lines(String report, Path content) {
    return report
        .lines()
        .filter(l -> l.startsWith(content.toString()))
        .map(l -> l.replace(content.toString() + "/", ""))
        .toList();
  }

  /** Every file and link under dir: content hash and modification time. */
  static Map<String, String> snapshot(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.toList()) {
        String key = dir.relativize(p).toString();
        if (Files.isSymbolicLink(p)) out.put(key, "-> " + Files.readSymbolicLink(p));
        else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          out.put(
              key,
              hash(Files.readAllBytes(p))
                  + " "
                  + Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toMillis());
        } else out.put(key, "dir");
      }
    }
    return out;
  }

  private static String hash(byte[] b) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
