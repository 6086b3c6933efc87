package org.stek.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.stek.BuildOptions;
import org.stek.BuildResult;
import org.stek.Stek;
import org.stek.browse.FacetData;

/**
 * {@code stek bench browse}: the size of the facet data, and how long the practices list takes to
 * re-render after a filter change in headless Chromium (from the change to the first rows on
 * screen, document shards included), over changes that combine taxonomies, ratings and sorts.
 */
public final class BrowseBench {
  private final PrintWriter out;

  public BrowseBench(PrintWriter out) {
    this.out = out;
  }

  public void run(Path content, Path theme, Path site, int changes) throws IOException {
    BuildResult r = Stek.build(new BuildOptions(content, theme, site, false, LocalDate.now()));
    if (r.hasErrors()) throw new IOException("the content has errors: " + r.problems().get(0));
    long bytes = Files.size(site.resolve(FacetData.URL));
    out.printf("cards:            %d%n", r.practices());
    out.printf(
        "facet data:       %,d bytes, %.1f bytes per card (%s)%n",
        bytes, bytes / (double) Math.max(1, r.practices()), FacetData.URL);
    if (!Browser.available()) {
      out.println("no Chromium (/usr/bin/chromium, /usr/bin/chromedriver): no browser figures");
      return;
    }
    ChromeDriver b = Browser.start(Browser.options(1280, 900));
    try {
      b.manage().timeouts().scriptTimeout(Duration.ofMinutes(5));
      b.get(site.resolve("practices/index.html").toUri().toString());
      @SuppressWarnings("unchecked")
      List<Object> ms =
          (List<Object>)
              ((JavascriptExecutor) b)
                  .executeAsyncScript(
                      "var n = arguments[0], done = arguments[arguments.length - 1];"
                          + "(async () => {"
                          + " while (stek.browseMs === undefined) await new Promise(r => setTimeout(r, 20));"
                          + " const f = document.getElementById('browse-form');"
                          + " const boxes = Array.from(f.querySelectorAll('input[type=checkbox]'));"
                          + " const sorts = ['', 'title', 'reach', 'recurrence'];"
                          + " const out = [];"
                          // the same changes twice: first with document shards to load, then warm
                          + " for (let i = 0; i < 2 * n; i++) {"
                          // one to three values of different taxonomies, a minimum, a sort
                          + "   const j = i % n, p = new URLSearchParams();"
                          + "   for (let k = 0; k <= j % 3; k++) { const cb = boxes[(j * 7 + k * 13) % boxes.length]; p.append(cb.name, cb.value); }"
                          + "   if (j % 4 === 1) p.append('reach', 1 + j % 3);"
                          + "   if (sorts[j % 4]) p.append('sort', sorts[j % 4]);"
                          + "   await stek.browse('?' + p.toString());"
                          + "   out.push(stek.browseMs); }"
                          + " return out; })().then(done, e => done(['ERROR ' + e]));",
                      changes);
      double[] cold =
          ms.subList(0, changes).stream()
              .mapToDouble(o -> ((Number) o).doubleValue())
              .sorted()
              .toArray();
      double[] warm =
          ms.subList(changes, ms.size()).stream()
              .mapToDouble(o -> ((Number) o).doubleValue())
              .sorted()
              .toArray();
      out.printf(
          "filter change:    median %.1f ms, p95 %.1f ms over %d changes, rows' data loaded"
              + " as needed (first time)%n",
          SearchBench.percentile(cold, 50), SearchBench.percentile(cold, 95), cold.length);
      out.printf(
          "                  median %.1f ms, p95 %.1f ms for the same changes again%n",
          SearchBench.percentile(warm, 50), SearchBench.percentile(warm, 95));
    } catch (ClassCastException e) {
      out.println("filter change: the page reported an error");
    } finally {
      b.quit();
    }
  }
}
