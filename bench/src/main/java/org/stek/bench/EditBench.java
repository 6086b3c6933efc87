package org.stek.bench;

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
import org.stek.serve.BuildState;
import org.stek.serve.PreviewServer;

/**
 * Measures what an author waits for in the preview, from saving a one-card edit: to the first
 * reload event (the first phase: the edited page is written), to the reloaded page arriving with
 * the edit, and to the second phase's end (the served folder is then what a full build writes,
 * which the bench checks once at the end). Prints medians and maxima.
 */
public final class EditBench {
  private static final Pattern GENERATION = Pattern.compile("\"generation\":(\\d+)");
  private static final Pattern COMPLETE = Pattern.compile("\"complete\":(true|false)");

  /** A build event as the page gets it, with when it arrived. */
  private record Event(long generation, boolean complete, long nanos) {}

  private EditBench() {}

  public static void run(BuildOptions options, int edits, PrintWriter out)
      throws IOException, InterruptedException {
    try (Stream<Path> s = Files.list(options.content().resolve("practices"))) {
      List<Path> cards = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
      try (PreviewServer server = new PreviewServer(options, "127.0.0.1", 0)) {
        List<BuildState> states = new java.util.concurrent.CopyOnWriteArrayList<>();
        server.rebuilder().onBuild(states::add);
        long t = System.nanoTime();
        BuildState first = server.start();
        out.printf(
            "first build: %d ms (%s), %d cards%n",
            (System.nanoTime() - t) / 1_000_000, first.ok() ? "ok" : "errors", cards.size());
        first.problems().stream()
            .filter(p -> p.isError())
            .limit(5)
            .forEach(p -> out.println(p.format()));
        out.flush();
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + server.port() + "/";
        LinkedBlockingQueue<Event> events = new LinkedBlockingQueue<>();
        Thread listener = listen(http, base, events);
        events.poll(10, TimeUnit.SECONDS); // the state sent on connect
        List<Long> notified = new ArrayList<>();
        List<Long> visible = new ArrayList<>();
        List<Long> visibleTitle = new ArrayList<>();
        List<Long> complete = new ArrayList<>();
        int reloads = 0;
        for (int i = 0; i < edits; i++) {
          Path card = cards.get((i * 7919) % cards.size());
          String slug = card.getFileName().toString().replace(".md", "");
          String marker = "Bench edit " + i + ".";
          // Every other edit changes the title, which the listing pages show too.
          String text = Files.readString(card, StandardCharsets.UTF_8);
          boolean title = i % 2 == 1 && text.contains("\ntitle: \"");
          String edited =
              title
                  ? text.replaceFirst("\ntitle: \"", "\ntitle: \"" + marker + " ")
                  : text + "\n" + marker + "\n";
          long gen = server.rebuilder().state().generation();
          states.clear();
          long start = System.nanoTime();
          Files.writeString(card, edited, StandardCharsets.UTF_8);
          Event reloadEvent = nextEvent(events, gen, false);
          String page =
              http.send(
                      HttpRequest.newBuilder(URI.create(base + Urls.practice(slug))).build(),
                      HttpResponse.BodyHandlers.ofString())
                  .body();
          long seen = System.nanoTime();
          if (!page.contains(marker)) throw new IOException("the edit is not on the page");
          Event lastEvent = reloadEvent.complete() ? reloadEvent : nextEvent(events, gen, true);
          for (Event e = events.poll(); e != null; e = events.poll()) lastEvent = e;
          int eventsThisEdit = (int) (lastEvent.generation() - gen);
          reloads += eventsThisEdit;
          while (states.stream().noneMatch(BuildState::complete)) Thread.sleep(1);
          out.printf("  edit %d: %s%n", i, phases(states));
          out.flush();
          notified.add((reloadEvent.nanos() - start) / 1_000_000);
          (title ? visibleTitle : visible).add((seen - start) / 1_000_000);
          complete.add((lastEvent.nanos() - start) / 1_000_000);
        }
        listener.interrupt();
        out.printf(
            "%d one-card edits of %d cards (median / max; debounce %d ms), from saving:%n"
                + "  to the reload event: %s ms%n"
                + "  to the page served with the edit (visible), body edits: %s ms%n"
                + "  to the page served with the edit (visible), title edits: %s ms%n"
                + "  to the second phase's end (complete): %s ms%n"
                + "  reload events: %d (one per edit, two when the second phase changed a file the"
                + " pages show)%n",
            edits,
            cards.size(),
            PreviewServer.DEBOUNCE_MILLIS,
            medianAndMax(notified),
            medianAndMax(visible),
            medianAndMax(visibleTitle),
            medianAndMax(complete),
            reloads);
        out.printf("complete state against a full build: %s%n", againstFullBuild(options));
      }
    }
  }

  /**
   * The first event after generation {@code gen}; with {@code complete}, the first complete one.
   */
  private static Event nextEvent(LinkedBlockingQueue<Event> events, long gen, boolean complete)
      throws InterruptedException, IOException {
    while (true) {
      Event e = events.poll(120, TimeUnit.SECONDS);
      if (e == null) throw new IOException("no build event within 120 s");
      if (e.generation() > gen && (e.complete() || !complete)) return e;
    }
  }

  private static String phases(List<BuildState> states) {
    StringBuilder b = new StringBuilder();
    for (BuildState s : states) {
      b.append(s.phase().name().toLowerCase(java.util.Locale.ROOT))
          .append(' ')
          .append(s.millis())
          .append(" ms ")
          .append(new java.util.TreeMap<>(s.stages()))
          .append("; ");
    }
    return b.toString();
  }

  /** Builds the same content with {@code stek build} beside the preview and compares the bytes. */
  private static String againstFullBuild(BuildOptions options) throws IOException {
    Path served = options.out();
    Path full = served.resolveSibling(served.getFileName() + "-full");
    if (org.stek.Stek.build(options.withOut(full)).hasErrors()) return "the full build failed";
    List<String> differ = new ArrayList<>();
    List<String> a = files(full);
    List<String> b = files(served);
    if (!a.equals(b)) return "NOT the same files (" + a.size() + " vs " + b.size() + ")";
    for (String f : a) if (Files.mismatch(full.resolve(f), served.resolve(f)) >= 0) differ.add(f);
    return differ.isEmpty()
        ? "byte-identical (" + a.size() + " files)"
        : "NOT identical: " + differ.size() + " files differ, e.g. " + differ.get(0);
  }

  private static List<String> files(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString())
          .sorted()
          .toList();
    }
  }

  private static Thread listen(HttpClient http, String base, LinkedBlockingQueue<Event> events) {
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
                    Matcher g = GENERATION.matcher(line);
                    Matcher c = COMPLETE.matcher(line);
                    if (line.startsWith("data:") && g.find() && c.find())
                      events.add(
                          new Event(
                              Long.parseLong(g.group(1)),
                              Boolean.parseBoolean(c.group(1)),
                              System.nanoTime()));
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

  private static String medianAndMax(List<Long> ms) {
    if (ms.isEmpty()) return "none";
    List<Long> s = new ArrayList<>(ms);
    Collections.sort(s);
    return s.get(s.size() / 2) + " / " + s.get(s.size() - 1);
  }
}
