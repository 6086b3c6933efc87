package org.stek.related;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stek.BuildResult;
import org.stek.TestSite;

/**
 * Related practices rank by text first and by shared themes second: a card that shares much text
 * and no theme with the café comes before one that shares a little text and a theme, which comes
 * before one that shares only a theme; cards that share neither do not come before them. Ranking by
 * themes alone, or by text alone, gives another order.
 */
class RelatedPracticesTest {
  @Test
  void textInCommonRanksAboveAThemeInCommonAboveNothingInCommon(@TempDir Path dir) {
    String chess =
        "Kinderen leren schaken op het schaakbord van de schaakclub. De schaakjuf toont"
            + " een opening en de leerlingen noteren elke zet in een schaakboekje.";
    chess = chess + "\n\n" + chess; // a word counts when it is in a card twice, as in MoreLikeThis
    TestSite site =
        TestSite.in(dir)
            .practice("cafe", "Schaakcafé", "onderwijs", chess)
            .practice("text", "Schaakclub", "pesten", chess + " Ook ouders schaken mee.")
            .practice("both", "Bordspel", "onderwijs", "Op het schaakbord en het schaakbord.")
            .practice("theme", "Moestuin", "onderwijs", "Tomaten en bonen kweken in de moestuin.");
    // Enough other cards that a word in three cards still counts (at most a fifth of the cards).
    String[] topics = {
      "bibliotheek", "fietsles", "trommels", "kookatelier", "park", "schilderen", "toneelstuk",
      "bijen", "radio", "fotografie", "zwemmen", "naaiatelier", "sterrenkijken", "dansles",
      "houtbewerking", "vogels"
    };
    for (int i = 0; i < topics.length; i++)
      site.practice("ander-" + i, "Ander " + i, "meertaligheid", "Alles over " + topics[i] + ".");
    BuildResult r = site.build();
    assertFalse(r.hasErrors(), r.problems().toString());

    List<String> related = related(site, "cafe");
    assertEquals(
        List.of("text.html", "both.html", "theme.html"),
        related.stream().limit(3).toList(),
        related.toString());
    // And the other way round: the text in common outweighs the café's missing theme.
    List<String> fromText = related(site, "text");
    assertEquals("cafe.html", fromText.get(0), fromText.toString());
  }

  /** The file names of a practice page's related practices, in order. */
  private static List<String> related(TestSite site, String slug) {
    return site.page("practices/" + slug + ".html").select(".related .teaser-title a").stream()
        .map(a -> a.attr("href").replaceAll(".*/", ""))
        .toList();
  }
}
