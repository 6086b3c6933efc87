package org.stek.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stek.LinkCrawler;
import org.stek.SiteFiles;
import org.stek.TestSite;
import org.stek.content.Urls;
import org.stek.files.FileLabel;

/**
 * The download page: the zip's real size and SHA-256 and the date of its newest card, linked from
 * every page; the zip holds every other file, and no page in it shows its size.
 */
class DownloadPageTest {
  @TempDir Path dir;

  private static final String ZIP = "download/testbank.zip";

  private TestSite site(Path in) {
    return TestSite.in(in)
        .practice("cafe", "Onderwijscafé", "onderwijs", "Ouders praten over school.")
        .file(
            "practices/klassen.md",
            """
            ---
            title: Klassen
            summary: Leraren leren van elkaar.
            themes: [onderwijs, pesten]
            organisation: Klasse
            reach: 2
            recurrence: 3
            published: 2024-05-01
            updated: 2026-01-05
            ---
            Leraren leren van elkaar.
            """)
        .file(
            "recommendations/samen.md",
            """
            ---
            title: Samen
            summary: Samen leren.
            themes: [onderwijs]
            practices: [cafe, klassen]
            published: 2025-12-01
            ---
            Samen.
            """);
  }

  @Test
  void theDownloadPageShowsTheZipsRealSizeAndHashAndTheNewestCardsDate() throws IOException {
    TestSite site = site(dir);
    assertFalse(site.build().hasErrors());
    byte[] zip = Files.readAllBytes(site.out().resolve(ZIP));
    Document page = site.page(Urls.download());

    assertEquals("Offline versie", page.select("h1").text());
    Element link = page.selectFirst("main a[download]");
    assertEquals("testbank.zip", link.attr("href"), "relative, beside the page");
    String size = FileLabel.size(zip.length, "nl");
    assertEquals("Download testbank.zip (" + size + ")", link.text());
    String bytes = NumberFormat.getIntegerInstance(Locale.forLanguageTag("nl")).format(zip.length);
    assertTrue(page.select("dd").eachText().contains(size + " (" + bytes + " bytes)"), page.text());
    assertEquals(SiteArchiveTest.sha256(zip), page.select("code.sha256").text());
    // the newest date of any card: a practice's update, after a recommendation's publication
    assertEquals("5 januari 2026", page.select("time[datetime=2026-01-05]").text());
    assertTrue(page.select("main ol li").text().contains("testbank"), "the folder to open");
  }

  @Test
  void theZipHoldsEveryFileButTheDownloadFolderAndNoPageInItShowsTheSize() throws IOException {
    TestSite site = site(dir);
    site.build();
    Path zip = site.out().resolve(ZIP);
    String size = FileLabel.size(Files.size(zip), "nl");
    String sha = SiteArchiveTest.sha256(Files.readAllBytes(zip));
    Set<String> files = new TreeSet<>(SiteFiles.hashes(site.out()).keySet());
    files.removeIf(
        f ->
            f.startsWith("download/") || f.equals(Urls.notFound()) || f.equals(OutputGuard.MARKER));
    Set<String> entries = new TreeSet<>();
    List<String> showing = new ArrayList<>();
    try (ZipFile f = ZipFile.builder().setPath(zip).get()) {
      for (ZipArchiveEntry e : java.util.Collections.list(f.getEntries())) {
        String url = e.getName().substring("testbank/".length());
        entries.add(url);
        try (InputStream in = f.getInputStream(e)) {
          String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          if (url.endsWith(".html") && (text.contains(size) || text.contains(sha)))
            showing.add(url);
        }
      }
    }
    assertTrue(files.contains("practices/cafe.html") && files.contains("assets/stek.css"));
    assertEquals(files, entries);
    assertEquals(List.of(), showing, "pages in the zip that show its size");
  }

  @Test
  void everyPageLinksToTheDownloadPage() throws IOException {
    TestSite site = site(dir);
    site.build();
    Path download = site.out().resolve(Urls.download());
    List<String> without = new ArrayList<>();
    for (Path p : LinkCrawler.pages(site.out())) {
      String url = site.out().relativize(p).toString();
      boolean links =
          site.page(url).select("a[href]").stream()
              .map(a -> a.absUrl("href"))
              .anyMatch(
                  h ->
                      h.startsWith("file:")
                              && java.net.URI.create(h).getPath().equals(download.toUri().getPath())
                          || h.equals("https://test.example.org/" + Urls.download()));
      if (!links) without.add(url);
    }
    assertTrue(LinkCrawler.pages(site.out()).size() > 10);
    assertEquals(List.of(), without);
  }

  /** The zip is named in one place: a long title (cut for the file name) links an existing zip. */
  @Test
  void aLongTitleLinksTheZipItNames() throws IOException {
    String title = "Lange titel ".repeat(40).trim();
    String url = Urls.archive(title);
    assertTrue(url.startsWith("download/lange-titel-") && url.length() <= 64 + 9, url);
    TestSite site =
        site(dir)
            .file(
                "site.yaml",
                TestSite.SITE_YAML
                    .replace("title: Testbank", "title: " + title)
                    .replace("language: nl", "language: en"));
    assertFalse(site.build().hasErrors());
    Document home = site.page(Urls.home());
    Element offline = home.selectFirst("footer a[href=download/index.html]");
    assertEquals("Offline version (zip)", offline.text());
    Document page = site.page(Urls.download());
    assertEquals("Offline version", page.select("h1").text());
    assertEquals("5 January 2026", page.select("time").text());
    Path zip = Path.of(java.net.URI.create(page.selectFirst("main a[download]").absUrl("href")));
    assertEquals(site.out().resolve(url), zip);
    assertTrue(Files.isRegularFile(zip), "the zip the download page links is there: " + zip);
    assertEquals(List.of(), LinkCrawler.broken(site.out()));
  }
}
