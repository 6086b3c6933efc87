package org.stek.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches folders and everything under them (the JDK watches one level: each folder is registered,
 * and new folders as they appear) and calls back once a burst of changes has been quiet for the
 * debounce time, so an editor's save-via-rename triggers one rebuild, not three.
 */
public final class Watcher implements AutoCloseable {
  private final WatchService service;
  private final Map<WatchKey, Path> keys = new ConcurrentHashMap<>();
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(daemon("stek-debounce"));
  private final Thread thread;
  private final long debounceMillis;
  private final java.util.function.Consumer<java.util.Set<Path>> onChange;

  /** What changed since the last call; null after an overflow (anything may have). */
  private java.util.Set<Path> changed = new java.util.HashSet<>();

  private final Path skip;
  private final String outputName;
  private ScheduledFuture<?> pending;

  /**
   * @param skip a folder whose changes are ignored (the preview's own output, should it lie inside
   *     a watched folder), or null
   */
  public Watcher(List<Path> roots, Path skip, long debounceMillis, Runnable onChange)
      throws IOException {
    this(roots, skip, debounceMillis, paths -> onChange.run());
  }

  /**
   * @param onChange gets the paths that changed in the burst, or null when the system lost track
   *     (an overflow: anything may have changed)
   */
  public Watcher(
      List<Path> roots,
      Path skip,
      long debounceMillis,
      java.util.function.Consumer<java.util.Set<Path>> onChange)
      throws IOException {
    this.skip = skip == null ? null : skip.toAbsolutePath().normalize().getParent();
    this.outputName = skip == null ? null : skip.getFileName().toString();
    this.service = FileSystems.getDefault().newWatchService();
    this.debounceMillis = debounceMillis;
    this.onChange = onChange;
    for (Path r : roots) if (Files.isDirectory(r)) registerAll(r);
    this.thread = daemon("stek-watch").newThread(this::loop);
    thread.start();
  }

  private void registerAll(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      s.filter(Files::isDirectory).filter(d -> !ignored(d) && !skipped(d)).forEach(this::register);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private void register(Path dir) {
    try {
      keys.put(dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void loop() {
    while (true) {
      WatchKey key;
      try {
        key = service.take();
      } catch (InterruptedException | ClosedWatchServiceException e) {
        return;
      }
      Path dir = keys.get(key);
      boolean relevant = false;
      for (WatchEvent<?> e : key.pollEvents()) {
        if (e.kind() == OVERFLOW) {
          relevant = true;
          note(null);
          continue;
        }
        Path child = dir == null ? null : dir.resolve((Path) e.context());
        if (child == null || ignored(child) || skipped(child)) continue;
        relevant = true;
        note(child);
        if (e.kind() == ENTRY_CREATE && Files.isDirectory(child)) {
          try {
            registerAll(child);
          } catch (IOException | UncheckedIOException ex) {
            // vanished again before we could watch it: nothing to build from
          }
        }
      }
      if (!key.reset()) keys.remove(key);
      if (relevant) schedule();
    }
  }

  private synchronized void note(Path p) {
    if (p == null) changed = null;
    else if (changed != null) changed.add(p);
  }

  private synchronized void schedule() {
    if (pending != null) pending.cancel(false);
    pending = timer.schedule(this::fire, debounceMillis, TimeUnit.MILLISECONDS);
  }

  private void fire() {
    java.util.Set<Path> paths;
    synchronized (this) {
      paths = changed;
      changed = new java.util.HashSet<>();
    }
    onChange.accept(paths);
  }

  /** The output folder, its staging folders and old copies all sit in the output's parent. */
  private boolean skipped(Path p) {
    if (skip == null) return false;
    Path a = p.toAbsolutePath().normalize();
    return a.startsWith(skip)
        && !a.equals(skip)
        && a.getNameCount() > skip.getNameCount()
        && isOutput(a.getName(skip.getNameCount()).toString());
  }

  private boolean isOutput(String name) {
    return name.equals(outputName) || name.startsWith("." + outputName + ".");
  }

  /** Editors' swap and backup files (.x.swp, x~, #x#) and hidden folders change nothing. */
  static boolean ignored(Path p) {
    String name = p.getFileName() == null ? "" : p.getFileName().toString();
    return name.startsWith(".") || name.endsWith("~") || name.startsWith("#");
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }

  @Override
  public void close() throws IOException {
    service.close();
    timer.shutdownNow();
    thread.interrupt();
  }
}
