package org.stek.serve;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.stek.report.ProblemsJson;

/**
 * Server-sent events to every open page: the current build state on connect, then one event per
 * build. The page reloads when a build succeeded, and shows the problems when it did not.
 */
final class LiveReload {
  private static final long PING_SECONDS = 15;
  private final Set<BlockingQueue<String>> clients = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  static String json(BuildState s) {
    ObjectNode o = ProblemsJson.of(s.problems());
    o.put("generation", s.generation());
    o.put("ok", s.ok());
    o.put("millis", s.millis());
    o.put("complete", s.complete());
    return o.toString();
  }

  void broadcast(BuildState s) {
    String event = "event: build\ndata: " + json(s) + "\n\n";
    clients.forEach(q -> q.offer(event));
  }

  int clients() {
    return clients.size();
  }

  /** Holds the connection open (one thread per page) until the page goes away. */
  void stream(HttpExchange ex, BuildState now) throws IOException {
    ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    ex.getResponseHeaders().set("Cache-Control", "no-store");
    ex.sendResponseHeaders(200, 0);
    BlockingQueue<String> queue = new LinkedBlockingQueue<>();
    queue.offer("retry: 500\nevent: build\ndata: " + json(now) + "\n\n");
    clients.add(queue);
    try (OutputStream out = ex.getResponseBody()) {
      while (!closed) {
        String msg = queue.poll(PING_SECONDS, TimeUnit.SECONDS);
        out.write((msg == null ? ": ping\n\n" : msg).getBytes(StandardCharsets.UTF_8));
        out.flush();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // the page was closed or reloaded
    } finally {
      clients.remove(queue);
    }
  }

  void close() {
    closed = true;
    clients.forEach(q -> q.offer(": bye\n\n"));
  }
}
