package org.stek.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * java -jar stek.jar runs a build with the JIT, collector and heap JvmChoice picks, as the
 * launchers do, and the release zip holds what a user needs on any system.
 */
class LauncherIT {
  private static final Path REPO =
      Path.of(System.getProperty("stek.repo", "..")).toAbsolutePath().normalize();
  @TempDir Path tmp;

  private static String jvmLine(JarProcess p) {
    return p.out()
        .lines()
        .filter(l -> l.strip().startsWith("jvm "))
        .findFirst()
        .orElse("no jvm line in " + p);
  }

  /** The "jvm" line of a verbose build of the sample site, run with these JVM options. */
  private String buildWith(String out, String... jvmOptions) throws Exception {
    List<String> cmd = new java.util.ArrayList<>(List.of(jvmOptions));
    cmd.addAll(List.of("-jar", JarProcess.JAR.toString(), "build", "-v"));
    cmd.addAll(List.of("--content", REPO.resolve("content").toString()));
    cmd.addAll(List.of("--out", tmp.resolve(out).toString()));
    JarProcess p = JarProcess.java(tmp, cmd.toArray(String[]::new));
    assertEquals(0, p.exit(), p.toString());
    return jvmLine(p);
  }

  @Test
  void javaDashJarGetsTheChosenFlagsAndTheUsersWin() throws Exception {
    String jvm = buildWith("a");
    for (String flag :
        List.of("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC", "-Xmx512m", "-Dstek.jvm=chosen")) {
      assertTrue(jvm.contains(flag), flag + " in " + jvm);
    }
    assertTrue(jvm.contains("(max heap 4"), jvm); // 512 MiB less a survivor space

    String mine = buildWith("b", "-Xmx700m");
    assertTrue(
        mine.indexOf("-Xmx700m") > mine.indexOf("-Xmx512m"), "the user's flag comes last: " + mine);
    assertTrue(mine.contains("(max heap 6"), mine);

    String asIs = buildWith("c", "-Dstek.jvm=as-is");
    assertFalse(asIs.contains("TieredStopAtLevel"), asIs);
  }

  @Test
  void theReleaseZipHoldsTheJarBothLaunchersAndAReadme() throws Exception {
    String version = System.getProperty("stek.version");
    Path zip = REPO.resolve("generator/target/stek-" + version + ".zip");
    String top = "stek-" + version + "/";
    try (ZipFile z = new ZipFile(zip.toFile())) {
      assertEquals(
          List.of(top + "README.md", top + "stek", top + "stek.cmd", top + "stek.jar"),
          z.stream().filter(e -> !e.isDirectory()).map(ZipEntry::getName).sorted().toList());
      String cmd = new String(z.getInputStream(z.getEntry(top + "stek.cmd")).readAllBytes());
      assertTrue(
          cmd.contains("\r\n") && !cmd.replace("\r\n", "").contains("\n"),
          "stek.cmd has Windows line ends");
      String readme = new String(z.getInputStream(z.getEntry(top + "README.md")).readAllBytes());
      assertTrue(readme.startsWith("# Stek " + version), readme);
    }
    // Unzipped as a user would, the launcher runs the jar beside it.
    JarProcess unzip =
        JarProcess.bash(
            tmp,
            Map.of(),
            "unzip -q "
                + zip
                + " && chmod +x "
                + top
                + "stek && ./"
                + top
                + "stek --version && ./"
                + top
                + "stek init kb && cd kb && java -jar stek.jar check");
    assertEquals(0, unzip.exit(), unzip.toString());
    assertTrue(unzip.out().startsWith("stek " + version + "\n"), unzip.toString());
    assertTrue(Files.isRegularFile(tmp.resolve("kb/stek.jar")));
  }
}
