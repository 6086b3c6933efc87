package org.stek.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/** axe-core finds no WCAG 2.1 A or AA violation on any kind of page, on a desktop and a phone. */
class AccessibilityTest extends BrowserSession {
  static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  @AfterAll
  static void done() {
    quit();
  }

  @Test
  void noViolationOnAnyKindOfPage() {
    assertTrue(BuiltSite.pageKinds().contains("download/index.html"), "the download page too");
    assertTrue(
        BuiltSite.pageKinds()
            .containsAll(
                List.of(
                    "organisations/index.html",
                    "organisations/brusselse-pilootschool-a.html",
                    "matching/index.html",
                    "events/index.html",
                    "events/klassen-meetup-noord-brabant.html")),
        "organisation, profile, matching and event pages too");
    ChromeDriver d = driver(1280, 900);
    List<String> violations = new ArrayList<>();
    for (int width : new int[] {1280, 390}) {
      d.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
      for (String page : BuiltSite.pageKinds()) {
        d.get(url(BuiltSite.site(), page));
        Results r = new AxeBuilder().withTags(TAGS).analyze(d);
        for (Rule v : r.getViolations()) {
          StringBuilder s =
              new StringBuilder(page + " @" + width + ": " + v.getId() + " (" + v.getHelp() + ")");
          v.getNodes().stream()
              .limit(3)
              .forEach(
                  n ->
                      s.append("\n    ")
                          .append(n.getTarget())
                          .append(" ")
                          .append(n.getFailureSummary()));
          violations.add(s.toString());
        }
      }
    }
    System.out.println(
        "axe: "
            + BuiltSite.pageKinds().size()
            + " kinds of page at 2 widths, "
            + violations.size()
            + " violations");
    assertEquals("", String.join("\n", violations));
  }
}
