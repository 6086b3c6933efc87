package org.stek.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.stek.BuildResult;

/**
 * What a build process measures about itself (CPU time, peak heap and RSS, stage times), written as
 * a properties file for the bench that started it: only the process itself can see these.
 */
public record BuildStats(
    long cpuMillis,
    long peakHeapBytes,
    long peakRssBytes,
    int pages,
    Map<String, Long> stageMillis) {

  public static BuildStats of(BuildResult r) {
    long cpu = 0;
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      cpu = os.getProcessCpuTime() / 1_000_000;
    }
    long heap = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null)
        heap += pool.getPeakUsage().getUsed();
    }
    return new BuildStats(cpu, heap, peakRss(), r.pages(), r.stageMillis());
  }

  /** VmHWM from /proc: the peak resident set size; 0 where there is no /proc. */
  static long peakRss() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: no RSS figure
    }
    return 0;
  }

  public void write(Path file) throws IOException {
    Properties p = new Properties();
    p.setProperty("cpu", "" + cpuMillis);
    p.setProperty("heap", "" + peakHeapBytes);
    p.setProperty("rss", "" + peakRssBytes);
    p.setProperty("pages", "" + pages);
    stageMillis.forEach((k, v) -> p.setProperty("stage." + k, "" + v));
    p.setProperty("stages", String.join(",", stageMillis.keySet()));
    try (var w = Files.newBufferedWriter(file)) {
      p.store(w, null);
    }
  }

  public static BuildStats read(Path file) throws IOException {
    Properties p = new Properties();
    try (var r = Files.newBufferedReader(file)) {
      p.load(r);
    }
    Map<String, Long> stages = new LinkedHashMap<>();
    for (String s : p.getProperty("stages", "").split(",")) {
      if (!s.isEmpty()) stages.put(s, Long.parseLong(p.getProperty("stage." + s)));
    }
    return new BuildStats(
        Long.parseLong(p.getProperty("cpu")),
        Long.parseLong(p.getProperty("heap")),
        Long.parseLong(p.getProperty("rss")),
        Integer.parseInt(p.getProperty("pages")),
        stages);
  }
}
