package org.stek.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.stek.BuildOptions;
import org.stek.content.Urls;

/**
 * Measures what an author waits for in the preview: from saving a one-card edit to the open page
 * being told to reload (the server-sent event) and the reloaded page arriving. Prints medians.
 */
public final class EditBench {
  private static final Pattern GENERATION = Pattern.compile("\"generation\":(\\d+)");

  private EditBench() {}

  public static void run(BuildOptions options, int edits, PrintWriter out)
      throws IOException, InterruptedException {
    try (Stream<Path> s = Files.list(options.content().resolve("practices"))) {
      List<Path> cards = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
      try (PreviewServer server = new PreviewServer(options, "127.0.0.1", 0)) {
        long t = System.nanoTime();
        BuildState first = server.start();
        out.printf(
            "first build: %d ms (%s), %d cards%n",
            (System.nanoTime() - t) / 1_000_000, first.ok() ? "ok" : "errors", cards.size());
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + server.port() + "/";
        LinkedBlockingQueue<Long> events = new LinkedBlockingQueue<>();
        Thread listener = listen(http, base, events);
        events.poll(10, TimeUnit.SECONDS); // the state sent on connect
        List<Long> rebuild = new ArrayList<>();
        List<Long> notified = new ArrayList<>();
        List<Long> visible = new ArrayList<>();
        for (int i = 0; i < edits; i++) {
          Path card = cards.get((i * 7919) % cards.size());
          String slug = card.getFileName().toString().replace(".md", "");
          String marker = "Bench edit " + i + ".";
          long gen = server.rebuilder().state().generation();
          long start = System.nanoTime();
          Files.writeString(
              card,
              Files.readString(card, StandardCharsets.UTF_8) + "\n" + marker + "\n",
              StandardCharsets.UTF_8);
          Long g;
          do {
            g = events.poll(60, TimeUnit.SECONDS);
            if (g == null) throw new IOException("no reload event within 60 s");
          } while (g <= gen);
          long note = System.nanoTime();
          String page =
              http.send(
                      HttpRequest.newBuilder(URI.create(base + Urls.practice(slug))).build(),
                      HttpResponse.BodyHandlers.ofString())
                  .body();
          long seen = System.nanoTime();
          if (!page.contains(marker)) throw new IOException("the edit is not on the page");
          rebuild.add(server.rebuilder().state().millis());
          out.printf(
              "  edit %d: %s%n", i, new java.util.TreeMap<>(server.rebuilder().state().stages()));
          notified.add((note - start) / 1_000_000);
          visible.add((seen - start) / 1_000_000);
        }
        listener.interrupt();
        out.printf(
            "%d one-card edits of %d cards: build %s ms, save→reload event %s ms, save→page"
                + " served %s ms (median / max; debounce %d ms, incremental rebuilds)%n",
            edits,
            cards.size(),
            stats(rebuild),
            stats(notified),
            stats(visible),
            PreviewServer.DEBOUNCE_MILLIS);
      }
    }
  }

  private static Thread listen(HttpClient http, String base, LinkedBlockingQueue<Long> events) {
    Thread t =
        new Thread(
            () -> {
              try {
                HttpResponse<java.io.InputStream> r =
                    http.send(
                        HttpRequest.newBuilder(URI.create(base + "_stek/events")).build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                try (BufferedReader in =
                    new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
                  String line;
                  while ((line = in.readLine()) != null) {
                    Matcher m = GENERATION.matcher(line);
                    if (line.startsWith("data:") && m.find())
                      events.add(Long.parseLong(m.group(1)));
                  }
                }
              } catch (IOException | InterruptedException e) {
                // bench over
              }
            },
            "stek-bench-events");
    t.setDaemon(true);
    t.start();
    return t;
  }

  private static String stats(List<Long> ms) {
    List<Long> s = new ArrayList<>(ms);
    Collections.sort(s);
    return s.get(s.size() / 2) + " / " + s.get(s.size() - 1);
  }
}
