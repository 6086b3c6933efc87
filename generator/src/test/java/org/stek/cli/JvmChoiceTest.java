package org.stek.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The JVM flags a command gets for the size of its content (README, Performance). */
class JvmChoiceTest {
  private static final long MACHINE_MIB = 24_000;

  @Test
  void aBuildUpTo30000CardsRunsC1AndTheThroughputCollectorInAHeapSizedByItsText() {
    JvmChoice c = JvmChoice.of("build", new JvmChoice.Size(10_000, 44_894_967), MACHINE_MIB);
    assertEquals(
        List.of(
            "-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC", "-XX:MetaspaceSize=192m", "-Xmx854m"),
        c.flags());
    assertEquals(
        c.flags(),
        JvmChoice.of("check", new JvmChoice.Size(10_000, 44_894_967), MACHINE_MIB).flags());
  }

  @Test
  void aSmallSiteGetsTheSmallestHeap() {
    assertEquals(
        "-Xmx512m",
        JvmChoice.of("build", new JvmChoice.Size(13, 60_000), MACHINE_MIB).flags().get(3));
  }

  @Test
  void largerSitesKeepTheDefaultCompilerAndCollector() {
    assertEquals(
        List.of("-Xmx3937m"),
        JvmChoice.of("build", new JvmChoice.Size(100_000, 448_949_670), MACHINE_MIB).flags());
  }

  @Test
  void theHeapNeverTakesMoreThanThreeQuartersOfTheMachine() {
    assertEquals(
        List.of("-Xmx1536m"),
        JvmChoice.of("build", new JvmChoice.Size(100_000, 448_949_670), 2048).flags());
  }

  @Test
  void thePreviewAndTheSmallCommandsRunAsTheyAre() {
    for (String command : List.of("serve", "new", "init", "search", "analyze", "")) {
      assertEquals(
          List.of(),
          JvmChoice.of(command, new JvmChoice.Size(10, 10_000), MACHINE_MIB).flags(),
          command);
    }
  }

  @Test
  void readsTheCommandAndTheContentFolderFromTheArguments() {
    String[] args = {"-v", "build", "--out", "x", "--content=kb/content"};
    assertEquals("build", JvmChoice.command(args));
    assertEquals("kb/content", JvmChoice.option(args, "--content", "content"));
    assertEquals("content", JvmChoice.option(new String[] {"build"}, "--content", "content"));
  }
}
