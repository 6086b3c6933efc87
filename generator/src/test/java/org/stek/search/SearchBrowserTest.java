package org.stek.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.stek.BuildOptions;
import org.stek.BuildResult;
import org.stek.Stek;
import org.stek.TestSite;
import org.stek.browser.Chromium;
import org.stek.report.Problems;

/**
 * The browser engine, run in headless Chromium on a built site opened from disk (file://), against
 * Lucene's IndexSearcher ({@code stek search}): same top 10, scores within 1e-4 relative, for every
 * query of {@link Queries}; and the same analysis of every word of the corpus vocabulary. The same
 * on a generated corpus: {@code GeneratedCorpusSearchTest} in the bench module, beside the corpus.
 */
class SearchBrowserTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static ChromeDriver browser;
  @TempDir static Path tmp;

  /**
   * Starts the shared browser if it is not running; each test that needs it calls this, so the
   * tests that need no browser run without Chromium.
   */
  static void start() {
    if (browser != null) return;
    browser = Chromium.start(1200, 900);
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
  }

  @AfterAll
  static void quit() {
    if (browser != null) browser.quit();
  }

  @Test
  void sampleSiteRanksLikeLucene() throws Exception {
    compare(TestSite.REPO.resolve("content"), tmp.resolve("sample"));
  }

  @Test
  void searchPageWorksFromDiskWithoutNetwork() throws Exception {
    start();
    Path out = build(TestSite.REPO.resolve("content"), tmp.resolve("page"));
    browser.get(out.resolve("search/index.html").toUri() + "?q=leerkrachten");
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(d -> !d.findElements(By.cssSelector("#search-results li")).isEmpty());
    assertTrue(browser.findElement(By.id("search-nojs")).getAttribute("hidden") != null);
    String status = browser.findElement(By.id("search-status")).getText();
    assertTrue(status.contains("leerkrachten"), status);
    assertFalse(browser.findElements(By.cssSelector("#search-results mark")).isEmpty());
    Object remote =
        ((JavascriptExecutor) browser)
            .executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name)"
                    + ".filter(n => !n.startsWith('file:'))");
    assertEquals(List.of(), remote, "every resource comes from disk");
    String href = browser.findElement(By.cssSelector("#search-results li a")).getAttribute("href");
    assertTrue(href.startsWith("file:") && href.endsWith(".html"), href);

    // The header box of any page submits to the search page, which answers it.
    browser.get(out.resolve("practices/index.html").toUri().toString());
    var box = browser.findElement(By.cssSelector("header form[role=search] input[name=q]"));
    box.sendKeys("onderwijscafé");
    box.submit();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(d -> !d.findElements(By.cssSelector("#search-results li")).isEmpty());
    assertTrue(browser.getCurrentUrl().contains("search/index.html?q="), browser.getCurrentUrl());
    assertEquals("onderwijscafé", browser.findElement(By.id("search-q")).getAttribute("value"));
    assertTrue(
        browser
            .findElement(By.cssSelector("#search-results li h2"))
            .getText()
            .contains("Onderwijscafé"));
  }

  /**
   * "Bedoelde je …?": a query that finds nothing shows the suggestion's results at once with a link
   * back to the query as typed, which shows no results and the suggestion as a link; a query that
   * finds something shows the link only; words.js loads only when a word is unknown.
   */
  @Test
  void searchPageSuggestsACorrection() throws Exception {
    Path out = build(TestSite.REPO.resolve("content"), tmp.resolve("suggest"));
    String page = out.resolve("search/index.html").toUri().toString();
    browser.get(page + "?q=leerkrachten");
    waitForResults();
    assertEquals(List.of(), loaded("words.js"), "no suggestion needed, no vocabulary loaded");

    browser.get(page + "?q=ouderbetrokkenhied");
    var suggest = waitForSuggestion();
    assertTrue(suggest.getText().contains("ouderbetrokkenheid"), suggest.getText());
    assertFalse(browser.findElements(By.cssSelector("#search-results li")).isEmpty());
    assertTrue(
        browser.findElement(By.id("search-status")).getText().contains("ouderbetrokkenheid"));
    assertEquals(1, loaded("words.js").size());
    var back = suggest.findElement(By.cssSelector("a"));
    assertEquals("ouderbetrokkenhied", back.getText());
    back.click();
    suggest = waitForSuggestion();
    assertTrue(browser.findElements(By.cssSelector("#search-results li")).isEmpty());
    var link = suggest.findElement(By.cssSelector("a"));
    assertEquals("ouderbetrokkenheid", link.getText());
    assertTrue(suggest.getText().startsWith("Bedoelde je"), suggest.getText());

    browser.get(page + "?q=" + java.net.URLEncoder.encode("leerkracht meertaligehid", "UTF-8"));
    suggest = waitForSuggestion();
    assertFalse(browser.findElements(By.cssSelector("#search-results li")).isEmpty());
    assertEquals("leerkracht meertaligheid", suggest.findElement(By.cssSelector("a")).getText());
  }

  private static void waitForResults() {
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(d -> !d.findElements(By.cssSelector("#search-results li")).isEmpty());
  }

  private static org.openqa.selenium.WebElement waitForSuggestion() {
    return new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(
            d -> {
              var e = d.findElement(By.id("search-suggest"));
              return e.isDisplayed() && !e.findElements(By.cssSelector("a")).isEmpty() ? e : null;
            });
  }

  /** The page's script elements that load {@code file}. */
  @SuppressWarnings("unchecked")
  private static List<String> loaded(String file) {
    return (List<String>)
        ((JavascriptExecutor) browser)
            .executeScript(
                "return Array.from(document.scripts).map(e => e.src)"
                    + ".filter(n => n.endsWith('/' + arguments[0]))",
                file);
  }

  @Test
  void searchPageSaysSearchNeedsJavaScriptWithoutIt() throws Exception {
    Path out = build(TestSite.REPO.resolve("content"), tmp.resolve("nojs"));
    var page = org.jsoup.Jsoup.parse(out.resolve("search/index.html").toFile(), "UTF-8");
    var form = page.selectFirst("main form#search-form");
    assertEquals("../search/index.html", form.attr("action"));
    assertEquals("q", form.selectFirst("input#search-q").attr("name"));
    var nojs = page.selectFirst("#search-nojs");
    assertFalse(nojs.hasAttr("hidden"));
    assertTrue(nojs.selectFirst("a[href=../practices/index.html]") != null);
    assertTrue(page.selectFirst("#search-app").hasAttr("hidden"));
  }

  /**
   * The script API is on every page, not only the search page: on a practice page {@code
   * stek.analyze} equals {@code stek analyze --json} for texts of every kind, and {@code
   * stek.search} equals {@code stek search --json}.
   */
  @Test
  void everyPageHasTheApiAndItAgreesWithTheCommandLine() throws Exception {
    start();
    Path content = TestSite.REPO.resolve("content");
    Path out = build(content, tmp.resolve("api"));
    browser.get(out.resolve("practices/onderwijscafe-in-brugge.html").toUri().toString());
    JavascriptExecutor js = browser;
    assertEquals(Boolean.FALSE, js.executeScript("return !!window.stek.engine"), "loaded lazily");
    List<String> texts = new ArrayList<>(Queries.TRICKY);
    Problems problems = new Problems();
    BuildOptions options =
        new BuildOptions(
            content, TestSite.REPO.resolve("themes/default"), out, false, TestSite.TODAY);
    try (SearchIndex index = TestSite.searchIndex(options, problems)) {
      for (SearchDocument d : index.documents()) {
        texts.add(d.title());
        texts.add(d.summary());
        String[] sentences = d.field(SearchField.BODY).split("(?<=[.!?])\\s+");
        for (int i = 0; i < Math.min(4, sentences.length); i++) texts.add(sentences[i]);
      }
    }
    assertTrue(texts.size() >= 100, texts.size() + " texts");
    String got =
        (String)
            js.executeAsyncScript(
                "var ts = arguments[0], done = arguments[arguments.length - 1];"
                    + "stek.ready().then(() => done(JSON.stringify(ts.map(t => stek.analyze(t)))),"
                    + " e => done('ERROR ' + e));",
                texts);
    if (got.startsWith("ERROR")) fail(got);
    JsonNode browserTerms = JSON.readTree(got);
    List<String> diffs = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      JsonNode cli =
          JSON.readTree(cli("analyze", "--content", content.toString(), "--json", texts.get(i)));
      if (!cli.equals(browserTerms.get(i)))
        diffs.add(texts.get(i) + ": cli " + cli + ", browser " + browserTerms.get(i));
    }
    assertEquals(List.of(), diffs, diffs.size() + " of " + texts.size() + " texts differ");
    for (String q : List.of("ouders", "taal school", "\"huiswerk maken\"", "coordinator", "de")) {
      JsonNode want = JSON.readTree(cli("search", "--content", content.toString(), "--json", q));
      String have =
          (String)
              js.executeAsyncScript(
                  "var done = arguments[arguments.length - 1];"
                      + "stek.search(arguments[0], {limit: 10}).then(r => done(JSON.stringify(r)),"
                      + " e => done('ERROR ' + e));",
                  q);
      JsonNode h = JSON.readTree(have);
      assertEquals(want.size(), h.size(), q);
      for (int i = 0; i < want.size(); i++) {
        assertEquals(want.get(i).get("url"), h.get(i).get("url"), q);
        assertEquals(want.get(i).get("title"), h.get(i).get("title"), q);
        double w = want.get(i).get("score").asDouble();
        assertEquals(w, h.get(i).get("score").asDouble(), 1e-4 * w, q);
      }
    }
  }

  private static String cli(String... args) {
    java.io.StringWriter out = new java.io.StringWriter();
    java.io.StringWriter err = new java.io.StringWriter();
    int code =
        org.stek.cli.Main.runWith(new java.io.PrintWriter(out), new java.io.PrintWriter(err), args);
    assertEquals(0, code, err.toString());
    return out.toString();
  }

  private static Path build(Path content, Path dir) throws Exception {
    Path out = dir.resolve("site");
    BuildResult r =
        Stek.build(
            new BuildOptions(
                content, TestSite.REPO.resolve("themes/default"), out, false, TestSite.TODAY));
    assertFalse(r.hasErrors(), r.problems().toString());
    return out;
  }

  /** Builds {@code content} into {@code dir}: the browser ranks every query as Lucene does. */
  static void compare(Path content, Path dir) throws Exception {
    start();
    Path out = build(content, dir);
    long bytes;
    try (var s = Files.list(out.resolve("search"))) {
      bytes = s.mapToLong(p -> p.toFile().length()).sum();
    }
    Problems problems = new Problems();
    BuildOptions options =
        new BuildOptions(
            content, TestSite.REPO.resolve("themes/default"), out, false, TestSite.TODAY);
    try (SearchIndex index = TestSite.searchIndex(options, problems)) {
      System.out.printf(
          "search index of %s: %d documents, %d bytes%n", content, index.documents().size(), bytes);
      browser.get(out.resolve("search/index.html").toUri().toString());
      analysesLikeLucene(index);
      SynonymGraph synonyms = TestSite.synonyms(options);
      List<Queries.Query> queries = Queries.of(index, synonyms);
      LuceneSearch lucene = new LuceneSearch(index, synonyms);
      assertTrue(queries.size() >= 100, "only " + queries.size() + " queries");
      List<List<Object>> args = new ArrayList<>();
      for (Queries.Query q : queries) args.add(List.of(q.text(), q.prefix()));
      JsonNode results =
          each(args, "const [q, p] = a; return stek.search(q, {limit: 10, prefix: p});");
      List<String> failures = new ArrayList<>();
      int nonEmpty = 0;
      for (int i = 0; i < queries.size(); i++) {
        Queries.Query q = queries.get(i);
        List<SearchHit> want = lucene.search(q.text(), q.prefix(), 10);
        JsonNode have = results.get(i);
        if (!want.isEmpty()) nonEmpty++;
        String problem = differ(want, have);
        if (problem != null) failures.add(abbreviate(q) + ": " + problem);
      }
      System.out.printf("%d queries compared, %d with results%n", queries.size(), nonEmpty);
      suggestsLikeLucene(index, lucene);
      assertTrue(nonEmpty > queries.size() / 2, "most queries find something: " + nonEmpty);
      assertEquals(
          List.of(), failures, failures.size() + " of " + queries.size() + " queries differ");
    }
  }

  /**
   * "Bedoelde je …?": for 200 misspellings of the index's own words (1 or 2 random edits, the kinds
   * Damerau counts), stek.suggest in the browser gives what {@code stek suggest} gives.
   */
  private static void suggestsLikeLucene(SearchIndex index, LuceneSearch lucene) {
    List<String> vocabulary = Suggestions.vocabulary(index.words());
    List<String> queries = new ArrayList<>(Queries.misspellings(vocabulary, 200));
    // And of the words the cards write otherwise (accents, capitals), shown as written.
    List<String> written = vocabulary.stream().filter(w -> !index.shown(w).equals(w)).toList();
    queries.addAll(Queries.misspellings(written, 30));
    JsonNode js = each(queries, "return stek.suggest(a);");
    List<String> diffs = new ArrayList<>();
    int suggested = 0;
    for (int i = 0; i < queries.size(); i++) {
      String want = lucene.suggest(queries.get(i));
      String have = js.get(i).isNull() ? null : js.get(i).asText();
      if (want != null) suggested++;
      if (!java.util.Objects.equals(want, have))
        diffs.add(queries.get(i) + ": lucene " + want + ", browser " + have);
    }
    System.out.printf("%d misspellings, %d with a suggestion%n", queries.size(), suggested);
    assertTrue(
        queries.subList(200, queries.size()).stream()
                .map(lucene::suggest)
                .filter(q -> q != null && !q.equals(Folding.fold(q.toLowerCase())))
                .count()
            >= 10,
        "suggestions of words shown as written");
    assertTrue(suggested > queries.size() / 2, "most misspellings get a suggestion: " + suggested);
    assertEquals(List.of(), diffs, diffs.size() + " suggestions differ");
  }

  /**
   * The answers of {@code call} (a function body of {@code a} returning a promise) for each
   * argument, one after the other, in the page.
   */
  private static JsonNode each(List<?> args, String call) {
    String got =
        (String)
            ((JavascriptExecutor) browser)
                .executeAsyncScript(
                    "var as = arguments[0], done = arguments[arguments.length - 1];"
                        + "const f = (a) => { "
                        + call
                        + " };"
                        + "(async () => { const out = [];"
                        + " for (const a of as) out.push(await f(a));"
                        + " return JSON.stringify(out); })().then(done, e => done('ERROR ' + e));",
                    args);
    if (got.startsWith("ERROR")) fail(got);
    try {
      return JSON.readTree(got);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String differ(List<SearchHit> want, JsonNode have) {
    if (want.size() != have.size())
      return "lucene "
          + want.size()
          + " hits, browser "
          + have.size()
          + " "
          + urls(want)
          + " vs "
          + have;
    for (int i = 0; i < want.size(); i++) {
      SearchHit w = want.get(i);
      JsonNode h = have.get(i);
      if (!w.url().equals(h.get("url").asText()))
        return "rank " + (i + 1) + ": " + urls(want) + " vs " + have;
      double s = h.get("score").asDouble();
      if (Math.abs(s - w.score()) > 1e-4 * Math.abs(w.score())) {
        return "score of " + w.url() + ": lucene " + w.score() + ", browser " + s;
      }
    }
    return null;
  }

  private static List<String> urls(List<SearchHit> hits) {
    return hits.stream().map(h -> h.url() + "=" + h.score()).toList();
  }

  private static String abbreviate(Queries.Query q) {
    String t = q.text().length() > 60 ? q.text().substring(0, 60) + "…" : q.text();
    return "[" + t + "]" + (q.prefix() ? " (prefix)" : "");
  }

  /** Every word of the corpus: stek.analyze in the browser equals Lucene's analysis. */
  private static void analysesLikeLucene(SearchIndex index) throws Exception {
    List<String> words = Queries.words(index);
    String got =
        (String)
            ((JavascriptExecutor) browser)
                .executeAsyncScript(
                    "var ws = arguments[0], done = arguments[arguments.length - 1];"
                        + "stek.ready().then(() => done(JSON.stringify(ws.map(w => stek.analyze(w).join(' ')))),"
                        + " e => done('ERROR ' + e));",
                    words);
    if (got.startsWith("ERROR")) fail(got);
    JsonNode js = JSON.readTree(got);
    List<String> diffs = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String lucene = String.join(" ", Token.terms(index.analyzer(), words.get(i)));
      if (!lucene.equals(js.get(i).asText())) {
        diffs.add(words.get(i) + ": lucene '" + lucene + "', browser '" + js.get(i).asText() + "'");
      }
    }
    System.out.printf("%d words analysed, %d differ%n", words.size(), diffs.size());
    assertEquals(
        List.of(),
        diffs.subList(0, Math.min(50, diffs.size())),
        diffs.size() + " words analysed differently");
  }
}
