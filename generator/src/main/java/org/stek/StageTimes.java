package org.stek;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Wall time per stage, in the order the stages ran ({@code stek build -v} prints them). A stage
 * that runs twice (the preview's two phases) adds up. Before each stage, {@code checkpoint} may
 * stop the build: the preview abandons a second phase there when a newer edit came.
 */
public final class StageTimes {
  private final Map<String, Long> millis = Collections.synchronizedMap(new LinkedHashMap<>());
  private final Runnable checkpoint;

  public StageTimes() {
    this(() -> {});
  }

  public StageTimes(Runnable checkpoint) {
    this.checkpoint = checkpoint;
  }

  public <T> T time(String stage, Supplier<T> work) {
    checkpoint.run();
    long t = System.nanoTime();
    try {
      return work.get();
    } finally {
      millis.merge(stage, (System.nanoTime() - t) / 1_000_000, Long::sum);
    }
  }

  public void checkpoint() {
    checkpoint.run();
  }

  public Map<String, Long> millis() {
    synchronized (millis) {
      return Collections.unmodifiableMap(new LinkedHashMap<>(millis));
    }
  }
}
