package org.stek.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.stek.config.Label;
import org.stek.config.RatingScale;
import org.stek.config.SiteConfig;
import org.stek.config.Taxonomy;
import org.stek.config.TaxonomyValue;
import org.stek.content.KnowledgeBase;
import org.stek.content.Practice;
import org.stek.content.Urls;

/**
 * The numbers of the overview page ("In cijfers"), counted from the cards at build time: practices
 * per theme, region, country and year as bar charts, and the first two rating scales as a grid. The
 * template draws them as inline SVG; these records hold the numbers and the geometry.
 */
public final class Overview {
  /** Width of the bar area in SVG units; labels and counts sit beside it. */
  static final int BAR_WIDTH = 230;

  /** One bar: its label, count, length in SVG units, and where it leads (or ""). */
  public record Bar(String label, int count, int width, String url) {}

  /** A bar chart; {@code id} names its SVG title and description for aria-labelledby. */
  public record Chart(String id, String title, String description, List<Bar> bars, int height) {}

  /** A cell of the grid: practices with exactly these two levels, and the filtered list's URL. */
  public record Cell(int row, int column, int count, int shade, String url) {}

  /** Rows are the levels of the first scale, columns those of the second. */
  public record Grid(
      String rows, String columns, int rowMax, int columnMax, List<List<Cell>> cells) {}

  private Overview() {}

  static List<Chart> charts(KnowledgeBase kb, Messages msg) {
    SiteConfig c = kb.config();
    String lang = c.language();
    List<Chart> out = new ArrayList<>();
    for (Taxonomy t : c.taxonomies()) {
      if (!t.key().equals("themes") && !t.key().equals("regions")) continue;
      List<Bar> bars = new ArrayList<>();
      int max = 0;
      for (TaxonomyValue v : t.values()) {
        int n =
            (int) kb.practices().stream().filter(p -> p.values(t.key()).contains(v.key())).count();
        bars.add(new Bar(v.label().in(lang), n, 0, Urls.term(t.key(), v.key())));
        max = Math.max(max, n);
      }
      out.add(
          chart(
              "chart-" + t.key(),
              msg.get("overview.per", t.singular().in(lang).toLowerCase(java.util.Locale.ROOT)),
              bars,
              max,
              msg));
    }
    Map<String, Integer> countries = new TreeMap<>();
    Map<String, Integer> years = new TreeMap<>();
    for (Practice p : kb.practices()) {
      if (p.country() != null) countries.merge(p.country(), 1, Integer::sum);
      if (p.published() != null) years.merge("" + p.published().getYear(), 1, Integer::sum);
    }
    List<Bar> countryBars = new ArrayList<>();
    countries.forEach(
        (k, n) -> {
          Label l = c.countries().get(k);
          countryBars.add(
              new Bar(l == null ? k : l.in(lang), n, 0, Urls.practices() + "?country=" + k));
        });
    out.add(
        chart(
            "chart-countries",
            msg.get("overview.perCountry"),
            countryBars,
            countries.values().stream().mapToInt(Integer::intValue).max().orElse(0),
            msg));
    List<Bar> yearBars = new ArrayList<>();
    years.forEach((y, n) -> yearBars.add(new Bar(y, n, 0, "")));
    out.add(
        chart(
            "chart-years",
            msg.get("overview.perYear"),
            yearBars,
            years.values().stream().mapToInt(Integer::intValue).max().orElse(0),
            msg));
    return out;
  }

  private static Chart chart(String id, String title, List<Bar> bars, int max, Messages msg) {
    List<Bar> scaled = new ArrayList<>();
    StringBuilder desc = new StringBuilder();
    for (Bar b : bars) {
      int w = max == 0 ? 0 : Math.max(b.count() > 0 ? 2 : 0, b.count() * BAR_WIDTH / max);
      scaled.add(new Bar(b.label(), b.count(), w, b.url()));
      if (desc.length() > 0) desc.append("; ");
      desc.append(b.label()).append(": ").append(b.count());
    }
    return new Chart(id, title, desc.toString(), scaled, 28 * bars.size() + 8);
  }

  /** The grid of the first two rating scales (reach × recurrence), or null with fewer scales. */
  static Grid grid(KnowledgeBase kb) {
    SiteConfig c = kb.config();
    if (c.ratings().size() < 2) return null;
    RatingScale rows = c.ratings().get(0);
    RatingScale cols = c.ratings().get(1);
    int[][] counts = new int[rows.max() + 1][cols.max() + 1];
    int most = 0;
    for (Practice p : kb.practices()) {
      Integer r = p.ratings().get(rows.key());
      Integer k = p.ratings().get(cols.key());
      if (r == null || k == null || r > rows.max() || k > cols.max()) continue;
      most = Math.max(most, ++counts[r][k]);
    }
    List<List<Cell>> cells = new ArrayList<>();
    // Highest row first, as a chart reads: much reach at the top.
    for (int r = rows.max(); r >= 1; r--) {
      List<Cell> row = new ArrayList<>();
      for (int k = 1; k <= cols.max(); k++) {
        int n = counts[r][k];
        String url =
            Urls.practices()
                + "?"
                + rows.key()
                + "="
                + r
                + "&"
                + rows.key()
                + "_max="
                + r
                + "&"
                + cols.key()
                + "="
                + k
                + "&"
                + cols.key()
                + "_max="
                + k;
        // Five shades, never meaning alone: the count is written in every cell.
        int shade = n == 0 ? 0 : 1 + (most <= 1 ? 3 : (n - 1) * 4 / most);
        row.add(new Cell(r, k, n, Math.min(4, shade), url));
      }
      cells.add(row);
    }
    String lang = c.language();
    return new Grid(rows.label().in(lang), cols.label().in(lang), rows.max(), cols.max(), cells);
  }
}
