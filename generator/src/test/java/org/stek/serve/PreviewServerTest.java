package org.stek.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stek.BuildOptions;
import org.stek.Stek;
import org.stek.TestSite;

class PreviewServerTest {
  @TempDir Path dir;
  private TestSite site;
  private PreviewServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws IOException {
    site =
        TestSite.in(dir)
            .practice("klassen", "Klassen", "onderwijs", "Over klassen.")
            .practice("cafe", "Onderwijscafé", "onderwijs, pesten", "Over het café.");
    BuildOptions o = site.options().withOut(dir.resolve("preview/site"));
    server = new PreviewServer(o, "127.0.0.1", 0);
    assertTrue(server.start().ok());
  }

  @AfterEach
  void stop() throws IOException {
    server.close();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private BuildState waitForBuild(long after) throws InterruptedException {
    return waitForBuild(server, after);
  }

  /**
   * The first complete build state of {@code server} after generation {@code after}: a whole build,
   * or the second phase of one.
   */
  static BuildState waitForBuild(PreviewServer server, long after) throws InterruptedException {
    return waitForBuild(server.rebuilder(), after);
  }

  static BuildState waitForBuild(Rebuilder rebuilder, long after) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 30_000;
    while (System.currentTimeMillis() < deadline) {
      BuildState s = rebuilder.state();
      if (s.generation() > after && s.complete()) return s;
      Thread.sleep(10);
    }
    throw new AssertionError("no complete rebuild within 30 s");
  }

  @Test
  void servesPagesWithTheReloadScriptAddedOnlyInTheResponse() throws Exception {
    HttpResponse<String> home = get("/");
    assertEquals(200, home.statusCode());
    assertTrue(home.body().contains(ReloadScript.TAG), home.body());
    Path built = dir.resolve("preview/site/index.html");
    assertFalse(Files.readString(built).contains("_stek"), "the built file stays clean");
    assertEquals(200, get("/practices/klassen.html").statusCode());
    assertEquals(200, get("/_stek/live-reload.js").statusCode());
    HttpResponse<String> css = get("/assets/../assets/site.css");
    assertTrue(css.statusCode() == 200 || css.statusCode() == 403);
    HttpResponse<String> missing = get("/practices/nope.html");
    assertEquals(404, missing.statusCode());
    assertTrue(missing.body().contains(ReloadScript.TAG));
  }

  @Test
  void rebuildsAfterAChangeAndTheResultEqualsAFullBuild() throws Exception {
    long gen = server.rebuilder().state().generation();
    Path card = site.content().resolve("practices/klassen.md");
    Files.writeString(
        card, Files.readString(card).replace("Over klassen.", "Nieuwe tekst over klassen."));
    BuildState s = waitForBuild(gen);
    assertTrue(s.ok(), s.problems().toString());
    assertTrue(get("/practices/klassen.html").body().contains("Nieuwe tekst over klassen."));

    Path full = dir.resolve("full/site");
    assertFalse(Stek.build(site.options().withOut(full)).hasErrors());
    assertEquals(tree(full).keySet(), tree(dir.resolve("preview/site")).keySet());
    TreeMap<String, byte[]> a = tree(full);
    TreeMap<String, byte[]> b = tree(dir.resolve("preview/site"));
    for (String f : a.keySet()) assertArrayEquals(a.get(f), b.get(f), f);
  }

  @Test
  void aContentErrorKeepsThePreviewUpAndReportsLikeCheck() throws Exception {
    long gen = server.rebuilder().state().generation();
    Path card = site.content().resolve("practices/klassen.md");
    String good = Files.readString(card);
    Files.writeString(card, good.replace("themes: [onderwijs]", "themes: [onderwjs]"));
    BuildState bad = waitForBuild(gen);
    assertFalse(bad.ok());
    List<String> expected =
        site.check().problems().stream().map(org.stek.report.Problem::format).toList();
    assertEquals(expected, bad.problems().stream().map(org.stek.report.Problem::format).toList());
    String state = get("/_stek/state.json").body();
    assertTrue(state.contains("unknown theme 'onderwjs'"), state);
    assertTrue(state.contains("\"ok\":false"), state);
    assertEquals(200, get("/practices/klassen.html").statusCode(), "the last good build is served");

    Files.writeString(card, good);
    BuildState fixed = waitForBuild(bad.generation());
    assertTrue(fixed.ok(), fixed.problems().toString());
    assertTrue(get("/_stek/state.json").body().contains("\"errors\":0"));
  }

  @Test
  void aThemeErrorIsShownToo() throws Exception {
    Path theme = dir.resolve("theme");
    try (Stream<Path> s = Files.walk(TestSite.REPO.resolve("themes/default"))) {
      for (Path p : s.toList()) {
        Path t = theme.resolve(TestSite.REPO.resolve("themes/default").relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(t);
        else Files.copy(p, t);
      }
    }
    BuildOptions o =
        new BuildOptions(site.content(), theme, dir.resolve("themed/site"), false, TestSite.TODAY);
    try (PreviewServer themed = new PreviewServer(o, "127.0.0.1", 0)) {
      assertTrue(themed.start().ok());
      Path template = theme.resolve("templates/contribute.ftlh");
      Files.writeString(template, Files.readString(template) + "${noSuchVariable}");
      long deadline = System.currentTimeMillis() + 20_000;
      while (themed.rebuilder().state().generation() < 2 && System.currentTimeMillis() < deadline) {
        Thread.sleep(20);
      }
      BuildState s = themed.rebuilder().state();
      assertFalse(s.ok());
      assertTrue(
          s.problems().get(0).message().startsWith("theme error: contribute.ftlh"),
          s.problems().toString());
    }
  }

  @Test
  void refusesEveryWayOutOfTheOutputFolder() throws Exception {
    Files.writeString(dir.resolve("preview/pom.xml"), "SECRET-POM");
    Files.writeString(dir.resolve("secret.txt"), "SECRET-TXT");
    Files.createSymbolicLink(dir.resolve("preview/site/escape"), dir);
    Files.createSymbolicLink(dir.resolve("preview/site/leak.txt"), dir.resolve("secret.txt"));
    for (String path :
        List.of(
            "/../pom.xml",
            "/%2e%2e/pom.xml",
            "/%2E%2E/pom.xml",
            "/assets/../../pom.xml",
            "/..%2fpom.xml",
            "/..%5cpom.xml",
            "/./../pom.xml",
            "/%00/../pom.xml",
            "//../../secret.txt",
            "/escape/secret.txt",
            "/leak.txt")) {
      String answer =
          raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
      String status = answer.substring(0, answer.indexOf("\r\n"));
      assertTrue(
          status.contains(" 403 ") || status.contains(" 404 ") || status.contains(" 400 "),
          path + " -> " + status);
      assertFalse(answer.contains("SECRET"), path + " leaked: " + answer);
    }
    String rebound =
        raw(
            "GET / HTTP/1.1\r\nHost: evil.example:"
                + server.port()
                + "\r\nConnection: close\r\n\r\n");
    assertTrue(rebound.startsWith("HTTP/1.1 403"), rebound);
    assertTrue(
        raw("GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
            .startsWith("HTTP/1.1 200"));
    // absolute-form request target
    String abs =
        raw("GET http://127.0.0.1/../pom.xml HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    assertFalse(abs.contains("SECRET"), abs);
  }

  private String raw(String request) throws IOException {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static TreeMap<String, byte[]> tree(Path root) throws IOException {
    TreeMap<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        out.put(root.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return out;
  }
}
