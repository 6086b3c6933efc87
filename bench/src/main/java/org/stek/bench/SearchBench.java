package org.stek.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.stek.BuildOptions;
import org.stek.BuildResult;
import org.stek.Stek;
import org.stek.search.IndexExport;
import org.stek.search.SearchDocuments;
import org.stek.search.SearchIndex;

/**
 * {@code stek bench search}: the size of the search index, the bytes a first query loads, and how
 * long a query takes in headless Chromium, on a site opened from disk. The first queries are the
 * ones {@code ../shared/bench/browser-search.js} asks Pagefind, so the figures compare.
 */
public final class SearchBench {
  /** Pagefind's bench asks these first (a word in most cards, a rare word, two words). */
  static final List<String> FIRST_QUERIES =
      List.of("leerkrachten", "aanbodbeleid", "grootouders thuistaal");

  private static final String LOADED_SCRIPTS =
      "return Array.from(document.querySelectorAll('script[src]')).map(s => s.src);";

  private final PrintWriter out;

  public SearchBench(PrintWriter out) {
    this.out = out;
  }

  public void run(Path content, Path theme, Path site, int queries) throws IOException {
    BuildResult r = Stek.build(new BuildOptions(content, theme, site, false, LocalDate.now()));
    if (r.hasErrors()) throw new IOException("the content has errors: " + r.problems().get(0));
    long index = bytes(site.resolve("search"));
    // The engine as a page loads it: the loader, search.js and the Snowball stemmer of the site.
    String stemmer =
        Files.readString(site.resolve("index.html")).contains("<html lang=\"en\"")
            ? "EnglishStemmer.js"
            : "DutchStemmer.js";
    long engine = 0;
    for (String f :
        List.of(
            "stek.js",
            "search.js",
            "vendor/snowball/Among.js",
            "vendor/snowball/SnowballProgram.js",
            "vendor/snowball/" + stemmer)) engine += size(site.resolve("assets").resolve(f));
    out.printf("cards:            %d%n", r.practices());
    out.printf(
        "search stage:     %,d ms in the build (beside related practices)%n",
        r.stageMillis().get("search"));
    exportAlone(new BuildOptions(content, theme, site, false, LocalDate.now()));
    out.printf("index:            %s in search/ + %s engine scripts%n", mib(index), kib(engine));
    out.printf("index per card:   %,d bytes%n", (index + engine) / Math.max(1, r.practices()));
    if (!Browser.available()) {
      out.println("no Chromium (/usr/bin/chromium, /usr/bin/chromedriver): no browser figures");
      return;
    }
    Path page = firstPractice(site);
    for (String q : FIRST_QUERIES) {
      ChromeDriver b = Browser.start(Browser.options(1200, 900));
      try {
        b.get(page.toUri().toString());
        List<String> before = scripts(b);
        double ms = coldQueryMillis(b, q);
        List<String> loaded = new ArrayList<>(scripts(b));
        loaded.removeAll(before);
        long first = 0;
        for (String url : loaded) first += size(Path.of(java.net.URI.create(url)));
        out.printf(
            "first query %-24s %s in %d files, %.1f ms (cold, from disk)%n",
            "'" + q + "':", kib(first), loaded.size(), ms);
      } finally {
        b.quit();
      }
    }
    warmQueryTimes(page, queries);
  }

  /** Indexing and export timed apart, in this (warm) JVM, nothing else running. */
  private void exportAlone(BuildOptions options) {
    Stek.Content c = Stek.read(options, new org.stek.report.Problems());
    if (c == null) return;
    long t0 = System.nanoTime();
    try (SearchIndex index =
        SearchIndex.build(SearchDocuments.of(c.kb(), c.bodies()), c.kb().config().language())) {
      long t1 = System.nanoTime();
      long[] written = {0};
      IndexExport.write(index, (url, bytes) -> written[0] += bytes.length);
      long t2 = System.nanoTime();
      out.printf(
          "alone:            Lucene index %,d ms, export %,d ms (%s)%n",
          (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, mib(written[0]));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Query times once a query's shards are loaded: each query once to load, then timed. */
  private void warmQueryTimes(Path page, int count) {
    ChromeDriver b = Browser.start(Browser.options(1200, 900));
    try {
      b.manage().timeouts().scriptTimeout(Duration.ofMinutes(5));
      b.get(page.toUri().toString());
      @SuppressWarnings("unchecked")
      List<Object> ms =
          (List<Object>)
              ((JavascriptExecutor) b)
                  .executeAsyncScript(
                      "var n = arguments[0], done = arguments[arguments.length - 1];"
                          + "(async () => { await stek.ready();"
                          // words from the excerpts of the first results make varied queries
                          + " const words = []; const r = await stek.search('de school ouders leerkrachten kinderen', {limit: 50});"
                          + " for (const h of r) for (const w of h.title.split(/\\s+/)) if (w.length > 3) words.push(w);"
                          + " const qs = []; for (let i = 0; qs.length < n && words.length; i++) {"
                          + "   const w = words[i % words.length], v = words[(i * 7 + 3) % words.length];"
                          + "   qs.push(i % 3 === 0 ? w + ' ' + v : i % 3 === 1 ? w : '\"' + w + ' ' + v + '\"'); }"
                          + " const out = [];"
                          + " for (const q of qs) { await stek.search(q, {limit: 10});"
                          + "   const t = performance.now(); await stek.search(q, {limit: 10});"
                          + "   out.push(performance.now() - t); }"
                          + " return out; })().then(done, e => done(['ERROR ' + e]));",
                      count);
      double[] t = ms.stream().mapToDouble(o -> ((Number) o).doubleValue()).sorted().toArray();
      out.printf(
          "query time:       median %.1f ms, p95 %.1f ms over %d queries (shards loaded)%n",
          percentile(t, 50), percentile(t, 95), t.length);
    } catch (ClassCastException e) {
      out.println("query time: the page reported an error");
    } finally {
      b.quit();
    }
  }

  private static double coldQueryMillis(ChromeDriver b, String q) {
    Object ms =
        ((JavascriptExecutor) b)
            .executeAsyncScript(
                "var done = arguments[arguments.length - 1], t = performance.now();"
                    + "stek.search(arguments[0], {limit: 5}).then(() => done(performance.now() - t),"
                    + " e => done(-1));",
                q);
    return ((Number) ms).doubleValue();
  }

  @SuppressWarnings("unchecked")
  private static List<String> scripts(ChromeDriver b) {
    return new ArrayList<>((List<String>) ((JavascriptExecutor) b).executeScript(LOADED_SCRIPTS));
  }

  private static Path firstPractice(Path site) throws IOException {
    try (Stream<Path> s = Files.list(site.resolve("practices"))) {
      return s.filter(p -> !p.getFileName().toString().equals("index.html"))
          .filter(p -> p.toString().endsWith(".html"))
          .sorted()
          .findFirst()
          .orElseThrow(() -> new IOException("no practice pages in " + site));
    }
  }

  static double percentile(double[] sorted, int p) {
    if (sorted.length == 0) return Double.NaN;
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  private static long bytes(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) return 0;
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(SearchBench::size).sum();
    }
  }

  private static long size(Path f) {
    return f.toFile().length();
  }

  private static String kib(long b) {
    return String.format("%,.1f KiB", b / 1024.0);
  }

  private static String mib(long b) {
    return String.format("%,.1f MiB", b / 1048576.0);
  }
}
