package org.stek.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The JIT, collector and heap a command runs with, chosen from the command and the size of the
 * content folder: the one place these choices live. {@code java -jar stek.jar build} and the
 * launchers ({@code stek}, {@code stek.cmd}) all come through {@link Main#main}, which starts the
 * command in a child JVM with these flags ({@link Relaunch}) unless they are already chosen.
 *
 * <p>Why these (README, Performance; measured on 2 cores): up to 30,000 cards a build ends before
 * the optimising compiler (C2) pays for itself (at 10,000 cards it spent 20 s of CPU compiling), so
 * the quick one (C1) runs alone, with the throughput collector, which costs less CPU than G1 here.
 * The heap is sized from the bytes of the cards: the JVM's default (a quarter of the machine's
 * memory) let a 10,000-card build grow to 2.2 GiB RSS, though it needs far less. Larger sites keep
 * the default JIT and collector; the preview ({@code serve}), which runs for long, keeps the JVM's
 * defaults entirely.
 *
 * @param flags the JVM options, in order; empty when the command runs in this JVM as it is
 */
public record JvmChoice(List<String> flags) {
  /** Above this many cards C2 pays for itself and the defaults win. */
  static final int C1_LIMIT = 30_000;

  /** The heap's fixed part: theme, Lucene, FreeMarker, the zip's buffers, room to collect. */
  static final long BASE_HEAP_MIB = 512;

  /**
   * Heap per byte of card text. The 10,000-card corpus (43 MiB of Markdown) built as fast with an
   * 800 MiB heap (612 MiB RSS) as with the default (2.2 GiB RSS), and the 100,000-card one (428
   * MiB) built in 2 GiB: a line through both is about 660 MiB plus 3.3 bytes per byte. 512 MiB plus
   * 8 per byte gives 854 MiB at 10,000 cards and 3.9 GiB at 100,000, with room at both ends.
   */
  static final long HEAP_PER_BYTE = 8;

  /** The commands that read the whole content folder in one go. */
  private static final List<String> BATCH = List.of("build", "check");

  /** The choice for these command-line arguments, with the content folder measured on disk. */
  public static JvmChoice of(String[] args) {
    String command = command(args);
    if (!BATCH.contains(command)) return new JvmChoice(List.of());
    Path content = Path.of(option(args, "--content", "content"));
    Size size = Size.of(content);
    long maxMemoryMib = physicalMemoryMib();
    return of(command, size, maxMemoryMib);
  }

  /** The choice for a command and a content folder of this size, on a machine with this memory. */
  static JvmChoice of(String command, Size size, long machineMib) {
    if (!BATCH.contains(command)) return new JvmChoice(List.of());
    List<String> flags = new ArrayList<>();
    if (size.cards() < C1_LIMIT) {
      flags.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC"));
      flags.add("-XX:MetaspaceSize=192m");
    }
    long heap = BASE_HEAP_MIB + ((size.bytes() * HEAP_PER_BYTE) >> 20);
    // Never more than three quarters of the machine: the rest is the JVM's own and the OS's.
    if (machineMib > 0) heap = Math.min(heap, Math.max(BASE_HEAP_MIB, machineMib * 3 / 4));
    flags.add("-Xmx" + heap + "m");
    return new JvmChoice(List.copyOf(flags));
  }

  /** How much a content folder holds: its cards ({@code .md} files) and their bytes. */
  record Size(int cards, long bytes) {
    static Size of(Path content) {
      if (!Files.isDirectory(content)) return new Size(0, 0);
      int[] cards = {0};
      long[] bytes = {0};
      try (Stream<Path> files = Files.walk(content)) {
        files
            .filter(f -> f.getFileName().toString().endsWith(".md"))
            .forEach(
                f -> {
                  cards[0]++;
                  try {
                    bytes[0] += Files.size(f);
                  } catch (IOException e) {
                    // gone while we looked: the build will say so
                  }
                });
      } catch (IOException | RuntimeException e) {
        // unreadable folder: the build reports it; choose as for an empty one
      }
      return new Size(cards[0], bytes[0]);
    }
  }

  /** The first argument that is not an option: the command's name ("" for none). */
  static String command(String[] args) {
    for (String a : args) if (!a.startsWith("-")) return a;
    return "";
  }

  /** The value of {@code --name VALUE} or {@code --name=VALUE}, else the default. */
  static String option(String[] args, String name, String otherwise) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals(name) && i + 1 < args.length) return args[i + 1];
      if (args[i].startsWith(name + "=")) return args[i].substring(name.length() + 1);
    }
    return otherwise;
  }

  private static long physicalMemoryMib() {
    if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getTotalMemorySize() >> 20;
    }
    return 0;
  }
}
