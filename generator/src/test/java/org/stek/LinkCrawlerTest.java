package org.stek;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The crawler the page tests trust must itself see every kind of broken reference. */
class LinkCrawlerTest {
  @TempDir Path site;

  @Test
  void findsMissingFilesMissingAnchorsAndLinksThatBreakOnDisk() throws IOException {
    Files.createDirectories(site.resolve("practices"));
    Files.writeString(site.resolve("index.html"), "<h1 id=top>Home</h1>");
    Files.writeString(
        site.resolve("practices/a.html"),
        """
        <a href="../index.html#top">ok</a> <a href="#here" id="here">ok</a>
        <a href="https://example.org/">extern</a> <a href="mailto:x@y.be">mail</a>
        <a href="b.html">no file</a> <a href="../index.html#nope">no anchor</a>
        <img src="foto.png"> <a href="/index.html">root</a> <a href="../">folder</a>
        <a href="../../outside.html">out</a>
        """);
    assertEquals(
        List.of(
            "practices/a.html: <a href=b.html> (no such file)",
            "practices/a.html: <a href=../index.html#nope> (no id 'nope')",
            "practices/a.html: <img src=foto.png> (no such file)",
            "practices/a.html: <a href=/index.html> (root-relative: breaks on file://)",
            "practices/a.html: <a href=../> (names a folder, not a file)",
            "practices/a.html: <a href=../../outside.html> (leaves the site)"),
        LinkCrawler.broken(site));
  }
}
