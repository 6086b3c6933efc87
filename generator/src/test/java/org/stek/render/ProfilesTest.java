package org.stek.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stek.BuildResult;
import org.stek.TestSite;

/**
 * Organisation profiles: their pages, who can help whom, and the matching page, every pair checked
 * against what the profiles say.
 */
class ProfilesTest {
  @TempDir static Path dir;
  static TestSite site;

  /** slug -> {name, offers, seeks} */
  static final Map<String, String[]> PROFILES = new LinkedHashMap<>();

  static {
    PROFILES.put("school-a", new String[] {"School A", "onderwijs, pesten", "meertaligheid"});
    PROFILES.put("school-b", new String[] {"School B", "meertaligheid", "pesten"});
    PROFILES.put("school-c", new String[] {"School C", "meertaligheid, pesten", "onderwijs"});
    PROFILES.put("centrum", new String[] {"Het Centrum", "", ""});
  }

  static final Map<String, String> LABELS =
      Map.of("onderwijs", "Onderwijs", "pesten", "Pesten", "meertaligheid", "Meertaligheid");

  @BeforeAll
  static void build() {
    site =
        TestSite.in(dir)
            .file(
                "site.yaml",
                TestSite.SITE_YAML + "organisations:\n  offers: themes\n  seeks: themes\n");
    PROFILES.forEach(
        (slug, p) ->
            site.file(
                "organisations/" + slug + ".md",
                """
                ---
                name: "%s"
                kind: School
                place: Gent
                description: "Een profiel om te testen."
                %s
                %s
                ---
                Over %s.
                """
                    .formatted(
                        p[0],
                        p[1].isEmpty() ? "" : "offers: [" + p[1] + "]",
                        p[2].isEmpty() ? "" : "seeks: [" + p[2] + "]",
                        p[0])));
    site.practice("plain", "Zonder profiel", "onderwijs", "Tekst.")
        .file(
            "practices/samen.md",
            TestSite.practiceText(
                "Samen", "organisation: centrum\npartners: [school-a, Een Ander]"));
    BuildResult r = site.build();
    assertFalse(r.hasErrors(), r.problems().toString());
  }

  private static List<String> split(String s) {
    return s.isEmpty() ? List.of() : List.of(s.split(", "));
  }

  /** The names of the profiles (but {@code except}) whose field {@code i} has {@code value}. */
  private static List<String> having(int i, String value, String except) {
    List<String> out = new ArrayList<>();
    PROFILES.forEach(
        (slug, p) -> {
          if (!slug.equals(except) && split(p[i]).contains(value)) out.add(p[0]);
        });
    return out;
  }

  @Test
  void theMatchingPageListsWhoOffersAndWhoSeeksEachTopic() {
    Document m = site.page("matching/index.html");
    int rows = 0;
    for (String topic : List.of("onderwijs", "pesten", "meertaligheid")) {
      Element row = m.getElementById("topic-" + topic);
      assertEquals(LABELS.get(topic), row.selectFirst("th").text());
      assertEquals(having(1, topic, ""), row.select("td").get(0).select("a").eachText(), topic);
      assertEquals(having(2, topic, ""), row.select("td").get(1).select("a").eachText(), topic);
      rows++;
    }
    assertEquals(rows, m.select("tbody tr").size(), "only topics someone offers or seeks");
  }

  @Test
  void aProfilePageShowsWhoCanHelpItAndWhomItCouldHelp() {
    for (var e : PROFILES.entrySet()) {
      Document page = site.page("organisations/" + e.getKey() + ".html");
      assertEquals(e.getValue()[0], page.selectFirst("h1").text());
      Map<String, List<String>> helpers = new LinkedHashMap<>();
      for (String seek : split(e.getValue()[2])) {
        List<String> who = having(1, seek, e.getKey());
        if (!who.isEmpty()) helpers.put(LABELS.get(seek), who);
      }
      Map<String, List<String>> helped = new LinkedHashMap<>();
      for (String offer : split(e.getValue()[1])) {
        List<String> who = having(2, offer, e.getKey());
        if (!who.isEmpty()) helped.put(LABELS.get(offer), who);
      }
      assertEquals(helpers, pairs(page, 0, !helpers.isEmpty()), e.getKey() + " helpers");
      assertEquals(helped, pairs(page, helpers.isEmpty() ? 0 : 1, !helped.isEmpty()), e.getKey());
    }
  }

  /** The topic -> organisations of the n-th list of matches on a profile page. */
  private static Map<String, List<String>> pairs(Document page, int n, boolean present) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (!present) return out;
    Element dl = page.select(".matches dl.match-list").get(n);
    for (Element dt : dl.select("dt")) {
      out.put(dt.text(), dt.nextElementSibling().select("a").eachText());
    }
    return out;
  }

  @Test
  void aPracticeNamesAProfileBySlugAndItsPageListsThePractice() {
    Document samen = site.page("practices/samen.html");
    Element org = samen.selectFirst(".facts a[href$=organisations/centrum.html]");
    assertEquals("Het Centrum", org.text());
    assertEquals(
        "School A", samen.selectFirst(".facts a[href$=organisations/school-a.html]").text());
    assertEquals(
        "Een Ander", samen.selectFirst(".facts a[href$=organisations/een-ander.html]").text());
    Document centrum = site.page("organisations/centrum.html");
    assertEquals(
        List.of("Samen"),
        centrum.select("#org-practices ~ * .teaser-title, .teaser-title").eachText());
    // Profiles without practices are in the index too, plain names beside them.
    Document index = site.page("organisations/index.html");
    List<String> names = index.select(".term-grid .term-label").eachText();
    assertTrue(names.containsAll(List.of("Het Centrum", "School A", "School B", "Een Ander")));
    assertFalse(names.contains("centrum"), "a profile's slug is shown as its name");
  }

  @Test
  void aSiteWithoutProfilesHasNoMatchingPage() {
    assertTrue(Files.exists(site.out().resolve("matching/index.html")));
    TestSite plain = TestSite.in(dir.resolve("plain"));
    plain.practice("a", "A", "onderwijs", "Tekst.");
    assertFalse(plain.build().hasErrors());
    assertFalse(Files.exists(plain.out().resolve("matching")));
    assertTrue(plain.page("practices/index.html").select("a[href*=matching]").isEmpty());
  }
}
