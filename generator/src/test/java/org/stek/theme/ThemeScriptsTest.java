package org.stek.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stek.TestSite;

/**
 * The theme's scripts ({@code themes/default/assets/*.js}, not the vendored Snowball) pass Google
 * Closure Compiler's checks: ES2017 syntax at most (classic scripts, no modules), no {@code var},
 * no undeclared, unused or redeclared variables, its lint checks, and its type checks (argument
 * counts, properties that nothing defines: {@code externs.js} declares what the pages' data scripts
 * and the stemmers add). They are checked together, stek.js first, as a page runs them. Any error
 * or warning fails the build.
 *
 * <p>The compiler (a test dependency) needs Java 21 or later, so it runs in a JVM of its own: this
 * one if it is new enough, else {@code $JAVA21_HOME}, else the newest JDK under /usr/lib/jvm.
 */
class ThemeScriptsTest {
  static final Path ASSETS = TestSite.REPO.resolve("themes/default/assets");

  static final List<String> CHECKS =
      List.of(
          "--checks_only",
          "--language_in",
          "ECMASCRIPT_2017",
          "--env",
          "BROWSER",
          "--warning_level",
          "VERBOSE",
          "--jscomp_warning",
          "lintChecks",
          "--jscomp_warning",
          "unusedLocalVariables",
          "--jscomp_warning",
          "checkRegExp",
          "--jscomp_warning",
          "missingReturn");

  private static final Pattern REPORT =
      Pattern.compile("(?m)^\\S+:\\d+:\\d+: (ERROR|WARNING) - .*$");

  @Test
  void theThemeScriptsPassClosureCompilersChecks() throws Exception {
    List<Path> scripts = scripts();
    assertTrue(scripts.size() >= 7, "the theme's scripts: " + scripts);
    Result r = check(scripts);
    assertEquals(0, r.exit, r.output);
    assertFalse(REPORT.matcher(r.output).find(), r.output);
  }

  /** The check is live: a script with each kind of fault is reported. */
  @Test
  void aBrokenScriptIsReported(@TempDir Path tmp) throws Exception {
    reported(
        tmp,
        """
        (() => {
          'use strict';
          var old = 1;
          const unused = 2;
          const at = (a, b) => a + b;
          document.getElementByID('x').textContent = at(old);
        })();
        """,
        "JSC_VAR",
        "JSC_UNUSED_LOCAL_ASSIGNMENT",
        "JSC_INEXISTENT_PROPERTY",
        "JSC_WRONG_ARGUMENT_COUNT");
    reported(tmp, "document.title = notDeclared;\n", "JSC_UNDEFINED_VARIABLE");
    reported(tmp, "document.title = document.body?.id;\n", "ECMASCRIPT_2020");
  }

  static void reported(Path tmp, String source, String... codes) throws Exception {
    Path bad = Files.writeString(Files.createTempFile(tmp, "bad", ".js"), source);
    String output = check(List.of(bad)).output;
    for (String code : codes) assertTrue(output.contains(code), code + " in\n" + output);
  }

  static List<Path> scripts() throws IOException {
    try (Stream<Path> s = Files.list(ASSETS)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".js"))
          .sorted(
              Comparator.comparing((Path p) -> !p.getFileName().toString().equals("stek.js"))
                  .thenComparing(Path::toString))
          .toList();
    }
  }

  record Result(int exit, String output) {}

  static Result check(List<Path> scripts) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(java().toString(), "-jar", compiler().toString()));
    cmd.addAll(CHECKS);
    cmd.add("--externs");
    cmd.add(resource("externs.js").toString());
    for (Path p : scripts) {
      cmd.add("--js");
      cmd.add(p.toString());
    }
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "Closure Compiler did not finish");
    return new Result(p.exitValue(), out);
  }

  /** The compiler's jar, found on the test class path without loading its (Java 21) classes. */
  static Path compiler() throws URISyntaxException {
    URL url =
        ThemeScriptsTest.class
            .getClassLoader()
            .getResource("com/google/javascript/jscomp/CommandLineRunner.class");
    assertTrue(url != null && url.getProtocol().equals("jar"), "no closure-compiler: " + url);
    String jar = url.getPath().substring(0, url.getPath().indexOf('!'));
    return Path.of(URI.create(jar));
  }

  static Path resource(String name) throws URISyntaxException {
    return Path.of(ThemeScriptsTest.class.getResource(name).toURI());
  }

  /** A java of version 21 or later: this one, $JAVA21_HOME's, or the newest in /usr/lib/jvm. */
  static Path java() throws IOException {
    if (Runtime.version().feature() >= 21)
      return Path.of(System.getProperty("java.home"), "bin/java");
    List<Path> homes = new ArrayList<>();
    String env = System.getenv("JAVA21_HOME");
    if (env != null && !env.isBlank()) homes.add(Path.of(env));
    Path jvms = Path.of("/usr/lib/jvm");
    if (Files.isDirectory(jvms)) {
      try (Stream<Path> s = Files.list(jvms)) {
        s.sorted(Comparator.comparingInt(ThemeScriptsTest::feature).reversed()).forEach(homes::add);
      }
    }
    Optional<Path> found =
        homes.stream()
            .filter(h -> feature(h) >= 21 && Files.isExecutable(h.resolve("bin/java")))
            .findFirst();
    assertTrue(
        found.isPresent(),
        "Closure Compiler needs Java 21 or later: set JAVA21_HOME to such a JDK"
            + " (this machine's kind has Temurin 25 under /usr/lib/jvm)");
    return found.get().resolve("bin/java");
  }

  /** The feature version a JDK's {@code release} file names, 0 if none. */
  static int feature(Path home) {
    try {
      Matcher m =
          Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)")
              .matcher(Files.readString(home.resolve("release")));
      return m.find() ? Integer.parseInt(m.group(1)) : 0;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }
}
