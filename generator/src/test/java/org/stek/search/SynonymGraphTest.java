package org.stek.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stek.config.Synonyms;
import org.stek.report.Problem;
import org.stek.report.Problems;

/**
 * The site's synonym groups as the search reads them: analysed, checked (where site.yaml says a
 * group that cannot work), and matched against a query's words longest first.
 */
class SynonymGraphTest {
  static final SearchAnalyzer NL = SearchAnalyzer.forLanguage("nl");
  static final Path SITE = Path.of("site.yaml");

  /** A group of entries on {@code line}, the n-th entry in column n. */
  static Synonyms.Group group(int line, String... entries) {
    List<Synonyms.Entry> e =
        Arrays.stream(entries).map(t -> new Synonyms.Entry(t, line, 1 + t.length())).toList();
    return new Synonyms.Group(e, line, 3);
  }

  static SynonymGraph graph(Problems problems, Synonyms.Group... groups) {
    return SynonymGraph.of(new Synonyms(List.of(groups)), NL, SITE, problems);
  }

  private static List<String> terms(List<Token> entry) {
    return entry.stream().map(Token::term).toList();
  }

  @Test
  void aGroupThatCannotWorkIsReportedWhereItStands() {
    Problems problems = new Problems();
    SynonymGraph g =
        graph(problems, group(4, "leerkracht"), group(7, "docent", "de het", "leraar"));
    List<Problem> found = problems.sorted();
    assertEquals(2, found.size(), found.toString());
    assertEquals(
        List.of("site.yaml:4:3", "site.yaml:7:7"),
        found.stream().map(p -> p.file() + ":" + p.line() + ":" + p.column()).toList());
    assertTrue(found.get(0).message().contains("at least two entries, found 1"), found.toString());
    assertTrue(found.get(1).message().contains("'de het' is only stop words"), found.toString());
    assertTrue(found.stream().allMatch(Problem::isError));
    // the stop-word entry is left out, the rest of its group kept
    assertEquals(1, g.groups().size());
    assertEquals(
        List.of("docent", "lerar"), g.groups().get(0).stream().map(e -> terms(e).get(0)).toList());
    // without problems to report to, the same groups are read without complaint
    assertEquals(
        g.groups(),
        graph(null, group(4, "leerkracht"), group(7, "docent", "de het", "leraar")).groups());
  }

  @Test
  void entriesThatAnalyseAlikeAreOneSoSuchAGroupIsNone() {
    Problems problems = new Problems();
    assertSame(SynonymGraph.NONE, graph(problems, group(2, "leerkracht", "Leerkrachten")));
    assertFalse(problems.hasErrors(), "two entries were written: nothing to report");
    SynonymGraph g = graph(problems, group(2, "ouder", "ouders", "verzorger"));
    assertEquals(
        List.of(List.of("ouder"), List.of("verzorger")),
        g.groups().get(0).stream().map(SynonymGraphTest::terms).toList());
  }

  @Test
  void hasIsTrueForEveryWordOfEveryEntry() {
    SynonymGraph g =
        graph(new Problems(), group(1, "docent", "leraar"), group(2, "zorg", "intern begeleider"));
    for (String t : List.of("docent", "lerar", "zorg", "intern", "begeleider")) {
      assertTrue(g.has(t), t);
    }
    assertFalse(g.has("schol"));
    assertFalse(g.has("leraar"), "the words as analysed");
    assertFalse(SynonymGraph.NONE.has("docent"));
  }

  @Test
  void aQuerysWordsAreUnitsTheLongestEntryFirst() {
    SynonymGraph g =
        graph(
            new Problems(),
            group(1, "intern begeleider", "zorgcoördinator"),
            group(2, "begeleider", "coach"));
    List<SynonymGraph.Unit> units = g.units(List.of("schol", "intern", "begeleider", "tal"));
    assertEquals(3, units.size(), units.toString());
    assertEquals(new SynonymGraph.Unit(List.of("schol"), List.of()), units.get(0));
    assertEquals(List.of("intern", "begeleider"), units.get(1).exact());
    assertEquals(
        List.of(List.of("zorgcoordinator")),
        units.get(1).alternatives().stream().map(SynonymGraphTest::terms).toList());
    assertEquals(new SynonymGraph.Unit(List.of("tal"), List.of()), units.get(2));
    // alone, the shorter entry matches its own group
    List<SynonymGraph.Unit> alone = g.units(List.of("begeleider"));
    assertEquals(1, alone.size());
    assertEquals(List.of("begeleider"), alone.get(0).exact());
    assertEquals(
        List.of(List.of("coach")),
        alone.get(0).alternatives().stream().map(SynonymGraphTest::terms).toList());
    // a one-word entry that has a two-word synonym: that entry with its positions
    List<SynonymGraph.Unit> one = g.units(List.of("zorgcoordinator"));
    assertEquals(
        List.of(List.of(new Token("intern", 0, 0, 6), new Token("begeleider", 1, 7, 17))),
        one.get(0).alternatives());
    assertEquals(List.of(), g.units(List.of()));
    assertEquals(
        List.of(new SynonymGraph.Unit(List.of("docent"), List.of())),
        SynonymGraph.NONE.units(List.of("docent")));
  }
}
