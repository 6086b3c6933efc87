package org.stek.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stek.TestSite;

/**
 * {@code stek serve}'s options, run as a user runs it (a JVM of its own, stopped as Ctrl+C stops
 * it): --content, --theme, --out, --host and --port are the ones it serves, and without --out the
 * preview lives in a temporary folder that is gone after it stops.
 */
class ServeCommandTest {
  private static final Pattern SERVING =
      Pattern.compile("Serving http://127\\.0\\.0\\.1:(\\d+)/ from (\\S+) \\(built\\)");

  @TempDir Path dir;

  @Test
  void servesTheGivenContentOnTheGivenPortFromTheGivenFolder() throws Exception {
    TestSite site = TestSite.in(dir.resolve("s")).practice("cafe", "Café", "onderwijs", "Tekst.");
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    Path out = dir.resolve("preview");
    Process p = serve(site, "--port", "" + port, "--host", "127.0.0.1", "--out", out.toString());
    try {
      Matcher m = awaitServing(p);
      assertEquals(port, Integer.parseInt(m.group(1)));
      assertEquals(out.toString(), m.group(2));
      assertTrue(Files.isRegularFile(out.resolve("practices/cafe.html")));
      HttpResponse<String> page = get(port, "practices/cafe.html");
      assertEquals(200, page.statusCode());
      assertTrue(page.body().contains("<h1>Café</h1>"), page.body());
    } finally {
      stop(p);
    }
    assertTrue(Files.isRegularFile(out.resolve("index.html")), "--out stays after stopping");
    assertFalse(Files.exists(site.out()), "site/ is left alone");
  }

  @Test
  void withoutOutThePreviewIsInATemporaryFolderRemovedOnExit() throws Exception {
    TestSite site = TestSite.in(dir.resolve("s")).practice("cafe", "Café", "onderwijs", "Tekst.");
    Process p = serve(site, "--port", "0");
    Path preview;
    try {
      Matcher m = awaitServing(p);
      preview = Path.of(m.group(2));
      assertTrue(Files.isRegularFile(preview.resolve("index.html")), preview.toString());
      assertFalse(preview.startsWith(dir), "a folder of its own: " + preview);
      assertEquals(200, get(Integer.parseInt(m.group(1)), "index.html").statusCode());
    } finally {
      stop(p);
    }
    assertFalse(Files.exists(preview), "removed on exit: " + preview);
  }

  @Test
  void aPortInUseIsAUsageError(@TempDir Path d) throws Exception {
    TestSite site = TestSite.in(d).practice("cafe", "Café", "onderwijs", "Tekst.");
    try (ServerSocket taken = new ServerSocket(0)) {
      Process p =
          serve(site, "--port", "" + taken.getLocalPort(), "--out", d.resolve("o").toString());
      assertTrue(p.waitFor(60, TimeUnit.SECONDS), "exits");
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(Main.USAGE, p.exitValue(), output);
      assertTrue(output.contains("cannot listen on 127.0.0.1:" + taken.getLocalPort()), output);
    }
  }

  /**
   * The preview takes the build date as build and check do: --date, else SOURCE_DATE_EPOCH. The
   * schema's latest 'started' year is the build date's year.
   */
  @Test
  void thePreviewTakesTheBuildDateFromDateOrSourceDateEpoch() throws Exception {
    TestSite site = TestSite.in(dir.resolve("s")).practice("cafe", "Café", "onderwijs", "Tekst.");
    assertEquals(
        2020, startedMaximum(serve(site, Map.of(), "--port", "0", "--date", "2020-06-01")));
    // 2010-01-01T00:00:00Z
    assertEquals(
        2010,
        startedMaximum(serve(site, Map.of("SOURCE_DATE_EPOCH", "1262304000"), "--port", "0")));
  }

  /** The latest year the served practice schema allows for 'started'; stops the preview. */
  private static int startedMaximum(Process p) throws Exception {
    try {
      Matcher m = awaitServing(p);
      String schema = get(Integer.parseInt(m.group(1)), "schema/practice.schema.json").body();
      return new com.fasterxml.jackson.databind.ObjectMapper()
          .readTree(schema)
          .at("/properties/started/maximum")
          .asInt();
    } finally {
      stop(p);
    }
  }

  private static Process serve(TestSite site, String... options) throws Exception {
    return serve(site, Map.of(), options);
  }

  private static Process serve(TestSite site, Map<String, String> env, String... options)
      throws Exception {
    List<String> cmd =
        new ArrayList<>(
            TestSite.stekCommand(
                List.of(),
                "serve",
                "--content",
                site.content().toString(),
                "--theme",
                TestSite.REPO.resolve("themes/default").toString()));
    cmd.addAll(List.of(options));
    ProcessBuilder b = new ProcessBuilder(cmd).redirectErrorStream(true);
    b.environment().remove("SOURCE_DATE_EPOCH");
    b.environment().putAll(env);
    return b.start();
  }

  /** Reads the preview's output up to its "Serving" line. */
  private static Matcher awaitServing(Process p) throws Exception {
    BufferedReader in =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    for (String line; (line = in.readLine()) != null; ) {
      seen.append(line).append('\n');
      Matcher m = SERVING.matcher(line);
      if (m.find()) return m;
    }
    throw new AssertionError("no 'Serving' line: " + seen);
  }

  private static HttpResponse<String> get(int port, String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/" + path)).build(),
            HttpResponse.BodyHandlers.ofString());
  }

  /** Stops the preview as Ctrl+C does (its shutdown hook runs). */
  private static void stop(Process p) throws Exception {
    p.destroy();
    if (!p.waitFor(30, TimeUnit.SECONDS)) p.destroyForcibly();
  }
}
