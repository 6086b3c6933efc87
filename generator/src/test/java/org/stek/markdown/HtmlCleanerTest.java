package org.stek.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.stek.markdown.ValidBodyTest.clean;

import org.junit.jupiter.api.Test;

/**
 * The cleaner's own repairs at their edges: headings at the deepest level, ids renamed twice, every
 * URL attribute, links over plain HTTP. {@code HtmlCleanerEquivalenceTest} shares these methods
 * with its reference, so it cannot catch a break in them; this test can.
 */
class HtmlCleanerTest {
  @Test
  void withAnH1EveryHeadingGoesDownButNoneBelowH6() {
    assertEquals(
        "<h2>a</h2><h3>b</h3><h4>c</h4><h5>d</h5><h6>e</h6><h6>f</h6>",
        clean("<h1>a</h1><h2>b</h2><h3>c</h3><h4>d</h4><h5>e</h5><h6>f</h6>"));
    assertEquals("<h2>a</h2><h3>b</h3>", clean("<h2>a</h2><h3>b</h3>"), "no h1: as written");
  }

  @Test
  void linksFollowTheFirstElementOfARenamedId() {
    assertEquals(
        "<a id=\"h-stek\">1</a><a id=\"h-stek-1\">2</a><a href=\"#h-stek\">to</a>",
        clean("<a id=stek>1</a><a id=stek>2</a><a href=\"#stek\">to</a>"));
    // the first "d" keeps its id, so a link to it stays; only the second is renamed
    assertEquals(
        "<a id=\"d\">1</a><a id=\"d-1\">2</a><a href=\"#d\">to</a>",
        clean("<a id=d>1</a><a id=d>2</a><a href=\"#d\">to</a>"));
    assertEquals(
        "<a id=\"d\">1</a><a id=\"d-1\">2</a><a id=\"d-2\">3</a>",
        clean("<a id=d>1</a><a id=d>2</a><a id=d>3</a>"),
        "each next one a number higher");
  }

  @Test
  void everyUrlAttributeIsEncodedAndOnlyItsOwn() {
    assertEquals(
        "<q cite=\"https://e.example/a%20b\">q</q>"
            + "<blockquote cite=\"x%60y\">b</blockquote><img src=\"a%20b.png\" alt=\"\">",
        clean(
            "<q cite=\" https://e.example/a b\">q</q><blockquote cite=\"x`y\">b</blockquote>"
                + "<img src=\"a b.png\">"));
  }

  @Test
  void linksToOtherSitesOverHttpOrHttpsAreMarkedAndOthersAreNot() {
    assertEquals(
        "<a href=\"http://e.example/\" rel=\"noopener noreferrer\">h</a>"
            + "<a href=\"HTTPS://E.example/\" rel=\"noopener noreferrer\">H</a>"
            + "<a href=\"page.html\">p</a><a href=\"mailto:a@e.example\">m</a>",
        clean(
            "<a href=\"http://e.example/\">h</a><a href=\"HTTPS://E.example/\">H</a>"
                + "<a href=\"page.html\">p</a><a href=\"mailto:a@e.example\">m</a>"));
  }

  @Test
  void attributesThatNeedANumberKeepOnlyANumber() {
    assertEquals(
        "<ol start=\"-3\"><li>a</li></ol><ol><li>b</li></ol>"
            + "<img src=\"a.png\" width=\"10\" alt=\"x\"><img src=\"b.png\" alt=\"\">",
        clean(
            "<ol start=-3><li>a</li></ol><ol start=3.5><li>b</li></ol>"
                + "<img src=a.png width=10 height=10px alt=x><img src=b.png width=auto>"));
  }
}
