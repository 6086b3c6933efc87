package org.stek.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.stek.BuildOptions;

/**
 * {@code stek serve}: builds the site into a preview folder, serves only the files in it, watches
 * the content folder and the theme, rebuilds on every change and makes open pages reload. The
 * reload script is added to HTML responses as they are sent; the built files never contain it.
 */
public final class PreviewServer implements AutoCloseable {
  /** Where the server's own files live; no built site has a folder of this name. */
  static final String PREFIX = "/_stek/";

  public static final long DEBOUNCE_MILLIS = 60;

  private final Rebuilder rebuilder;
  private final SiteFiles files;
  private final LiveReload live = new LiveReload();
  private final HttpServer http;
  private final ExecutorService pool;
  private final java.util.Set<String> hosts;
  private Watcher watcher;

  public PreviewServer(BuildOptions options, String host, int port) throws IOException {
    this.rebuilder = new Rebuilder(options);
    this.files = new SiteFiles(options.out());
    rebuilder.onBuild(live::broadcast);
    this.hosts =
        java.util.Set.copyOf(
            List.of("localhost", "127.0.0.1", "::1", host.toLowerCase(java.util.Locale.ROOT)));
    this.http = HttpServer.create(new InetSocketAddress(host, port), 64);
    this.pool =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "stek-http");
              t.setDaemon(true);
              return t;
            });
    http.setExecutor(pool);
    http.createContext("/", this::handle);
  }

  /** Builds once, starts watching and serving; returns the first build's state. */
  public BuildState start() throws IOException {
    BuildState first = rebuilder.build();
    List<Path> roots = new ArrayList<>();
    roots.add(rebuilder.options().content());
    Path theme = rebuilder.options().theme();
    if (theme != null) roots.add(theme);
    else if (Files.isDirectory(Path.of("themes", "default")))
      roots.add(Path.of("themes", "default"));
    watcher = new Watcher(roots, rebuilder.options().out(), DEBOUNCE_MILLIS, rebuilder::rebuild);
    http.start();
    return first;
  }

  public Rebuilder rebuilder() {
    return rebuilder;
  }

  /** Pages connected to the reload stream. */
  public int liveClients() {
    return live.clients();
  }

  public int port() {
    return http.getAddress().getPort();
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String method = ex.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        text(ex, 405, "only GET and HEAD");
        return;
      }
      if (!hostAllowed(ex.getRequestHeaders().getFirst("Host"))) {
        // a page elsewhere reaching the preview through a name it controls (DNS rebinding)
        text(ex, 403, "unknown host");
        return;
      }
      String raw = ex.getRequestURI().getRawPath();
      if (raw != null && raw.startsWith(PREFIX)) {
        own(ex, raw.substring(PREFIX.length()));
        return;
      }
      SiteFiles.Lookup found = files.find(raw);
      if (found instanceof SiteFiles.Found f) {
        send(ex, 200, f.file());
      } else if (found instanceof SiteFiles.Refused r) {
        text(ex, 403, "forbidden: " + r.why());
      } else {
        Path notFound = rebuilder.options().out().resolve("404.html");
        if (Files.isRegularFile(notFound)) send(ex, 404, notFound);
        else send(ex, 404, "text/html; charset=utf-8", ReloadScript.addTo(placeholder()));
      }
    }
  }

  private boolean hostAllowed(String header) {
    if (header == null) return false;
    String h = header.strip().toLowerCase(java.util.Locale.ROOT);
    int colon = h.lastIndexOf(':');
    if (colon > h.lastIndexOf(']')) h = h.substring(0, colon);
    return hosts.contains(h) || hosts.contains(h.replace("[", "").replace("]", ""));
  }

  private void own(HttpExchange ex, String name) throws IOException {
    switch (name) {
      case "events" -> live.stream(ex, rebuilder.state());
      case "state.json" ->
          send(
              ex,
              200,
              "application/json; charset=utf-8",
              LiveReload.json(rebuilder.state()).getBytes(StandardCharsets.UTF_8));
      case "live-reload.js" -> resource(ex, "text/javascript; charset=utf-8", name);
      case "live-reload.css" -> resource(ex, "text/css; charset=utf-8", name);
      default -> text(ex, 404, "not found");
    }
  }

  private void resource(HttpExchange ex, String type, String name) throws IOException {
    try (InputStream in = PreviewServer.class.getResourceAsStream("assets/" + name)) {
      send(ex, 200, type, in.readAllBytes());
    }
  }

  /** The page shown before any build succeeded: empty but for the overlay. */
  private byte[] placeholder() {
    return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>stek serve</title></head><body><main><h1>stek serve</h1><p>No page here yet.</p></main></body></html>"
        .getBytes(StandardCharsets.UTF_8);
  }

  private void send(HttpExchange ex, int status, Path file) throws IOException {
    String type = SiteFiles.contentType(file);
    byte[] body = Files.readAllBytes(file);
    if (type.startsWith("text/html")) body = ReloadScript.addTo(body);
    send(ex, status, type, body);
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body)
      throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    ex.getResponseHeaders().set("Cache-Control", "no-store");
    ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    boolean head = ex.getRequestMethod().equals("HEAD");
    ex.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
    if (!head && body.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private static void text(HttpExchange ex, int status, String msg) throws IOException {
    send(ex, status, "text/plain; charset=utf-8", (msg + "\n").getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void close() throws IOException {
    live.close();
    if (watcher != null) watcher.close();
    rebuilder.close();
    http.stop(0);
    pool.shutdownNow();
  }
}
