package org.stek.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.stek.BuildResult;
import org.stek.Stek;
import org.stek.TestSite;

/**
 * The sample knowledge base, built once per test run and shared by the browser tests: the site as
 * published, and the offline archive unzipped elsewhere as a reader would.
 */
public final class BuiltSite {
  private static Path site;
  private static Path offline;

  private BuiltSite() {}

  /** The built sample site (the real content/ and theme). */
  public static synchronized Path site() {
    if (site == null) {
      try {
        Path dir = Files.createTempDirectory("stek-sample");
        Path out = dir.resolve("site");
        BuildResult r = Stek.build(TestSite.sample(out));
        if (r.hasErrors())
          throw new IllegalStateException("the sample does not build: " + r.problems());
        site = out;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return site;
  }

  /** The archive's top folder after unzipping it into a folder of its own. */
  public static synchronized Path offline() {
    if (offline == null) {
      try {
        Path zip;
        try (var s = Files.list(site().resolve("download"))) {
          zip = s.filter(p -> p.toString().endsWith(".zip")).findFirst().orElseThrow();
        }
        Path dir = Files.createTempDirectory("stek-offline");
        String top = null;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
          for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
            Path target = dir.resolve(e.getName()).normalize();
            if (!target.startsWith(dir)) throw new IOException("zip entry outside: " + e.getName());
            Files.createDirectories(target.getParent());
            Files.copy(in, target);
            top = e.getName().substring(0, e.getName().indexOf('/'));
          }
        }
        offline = dir.resolve(top);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return offline;
  }

  /**
   * One page of each kind the site has, as URLs relative to its root. A page missing from the built
   * site fails the calling test: the accessibility and phone-width checks must never pass by
   * checking fewer pages.
   */
  public static List<String> pageKinds() {
    List<String> kinds =
        List.of(
            "index.html",
            "practices/index.html",
            "practices/onderwijscafe-in-brugge.html",
            // A long card: its contents, an attachment, a rating's provenance.
            "practices/brusselse-scholen-leren-van-elkaar.html",
            "themes/index.html",
            "themes/onderwijs.html",
            "recommendations/index.html",
            "recommendations/pesten-voorkomen-en-aanpakken.html",
            "over.html",
            "404.html",
            "search/index.html",
            "overview.html",
            "compare.html",
            "contribute/index.html",
            "contribute/organisation.html",
            "download/index.html",
            "organisations/index.html",
            "organisations/klassen.html",
            "organisations/brusselse-pilootschool-a.html",
            "municipalities/index.html",
            "municipalities/brussel.html",
            "matching/index.html",
            "events/index.html",
            // An upcoming and a past event (on the tests' build date).
            "events/klassen-landelijke-meetup-online.html",
            "events/klassen-meetup-noord-brabant.html",
            "profiles/index.html");
    List<String> missing = new ArrayList<>();
    for (String url : kinds) if (!Files.isRegularFile(site().resolve(url))) missing.add(url);
    if (!missing.isEmpty())
      throw new AssertionError("pages missing from the built sample site: " + missing);
    return kinds;
  }

  static LocalDate today() {
    return TestSite.TODAY;
  }
}
