package org.stek.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stek.TestSite;

/**
 * A practice's ratings as the valid fixture card gives them ({@code reach: 2} on line 7), with
 * their provenance ({@code reach: {level: 2, by: ..., date: ..., why: ...}}), checked against the
 * scale and against site.yaml's {@code rating_provenance}.
 */
class RatingFieldsTest {
  static final String RULES =
      TestSite.SITE_YAML
          + "rating_provenance:\n  required: true\n  raters: [Redactie, Stad Brugge]\n";

  @TempDir Path dir;

  private CardFixture cards;

  @BeforeEach
  void fixture() {
    cards = new CardFixture(dir);
  }

  private Practice strict(String... fields) {
    return (Practice) cards.read(RULES, "practices", CardFixture.text("valid.md"), fields);
  }

  @Test
  void aLevelWithItsProvenance() {
    Practice p =
        cards.practice("reach: {level: 4, by: Redactie, date: 2026-03-02, why: Drie scholen.}");
    assertEquals(List.of(), cards.problems);
    assertEquals(Map.of("reach", 4, "recurrence", 3), p.ratings());
    assertEquals(
        Map.of(
            "reach",
            new Practice.Provenance("Redactie", LocalDate.of(2026, 3, 2), "Drie scholen.")),
        p.provenance());
    assertEquals(Map.of(), cards.practice("reach: {level: 1}").provenance(), "nothing to say");
    assertEquals(
        Map.of("reach", 1, "recurrence", 3), cards.practice("reach: {level: 1}").ratings());
    assertEquals(
        Map.of("reach", new Practice.Provenance(null, null, "Omdat.")),
        cards.practice("reach: {level: 1, why: Omdat.}").provenance());
    assertEquals(List.of(), cards.problems);
  }

  @Test
  void levelsOutsideTheScaleOrMissingAreReported() {
    assertEquals(Map.of("recurrence", 3), cards.practice("reach: 0").ratings());
    assertEquals(Map.of("recurrence", 3), cards.practice("reach: {by: Redactie}").ratings());
    assertEquals(Map.of("reach", 2), cards.practice("recurrence:").ratings());
    cards.practice("reach: {level: 2, kleur: rood}");
    cards.practice("reach: {level: 2, date: 2026-02-30}");
    assertEquals(
        List.of(
            "7:8: error: 'reach' is 0, outside the scale 1..4 (use a whole number from 1 to 4)",
            "7:8: error: missing required field 'level' in rating 'reach' (add a line 'level: ...')",
            "8:1: error: the required field 'recurrence' is empty in front matter"
                + " (write its value after 'recurrence:')",
            "7:19: error: unknown field 'kleur' in rating 'reach'"
                + " (expected one of: level, by, date, why)",
            "7:25: error: 'date' is not a real date: 2026-02-30 (check the day and month)"),
        cards.problems);
  }

  @Test
  void aLongReasonIsAWarning() {
    cards.practice("reach: {level: 2, why: " + "x".repeat(RatingReader.LONG_WHY) + "}");
    assertEquals(List.of(), cards.problems);
    cards.practice("reach: {level: 2, why: " + "x".repeat(RatingReader.LONG_WHY + 1) + "}");
    assertEquals(
        List.of(
            "7:24: warning: the reason for the rating 'reach' is long (401 characters)"
                + " (one or two sentences, under 400 characters)"),
        cards.problems);
  }

  @Test
  void aSiteCanAskWhoRatedWhenAndWhyAndWhoMay() {
    Practice p =
        strict(
            "reach: {level: 2, by: Stad Brugge, date: 2026-03-02, why: Drie scholen.}",
            "recurrence: {level: 3, by: Redactie, date: 2026-03-02, why: Elk jaar.}");
    assertEquals(List.of(), cards.problems);
    assertEquals(Map.of("reach", 2, "recurrence", 3), p.ratings());
    strict("reach: {level: 2}", "recurrence: {level: 3, by: Redactei, date: 2026-03-02, why: x}");
    strict(
        "reach: {level: 2, by: Iemand, date: 2026-03-02, why: x}",
        "recurrence: {level: 3, by: Redactie, date: 2026-03-02, why: x}");
    assertEquals(
        List.of(
            "7:8: error: missing required field 'by' in rating 'reach' (add a line 'by: ...')",
            "7:8: error: missing required field 'date' in rating 'reach' (add a line 'date: ...')",
            "7:8: error: missing required field 'why' in rating 'reach' (add a line 'why: ...')",
            "8:28: error: 'Redactei' may not rate on this site (did you mean 'Redactie'?)",
            "7:23: error: 'Iemand' may not rate on this site"
                + " (expected one of: Redactie, Stad Brugge)"),
        cards.problems);
    cards.problems.clear();
    assertEquals(Map.of("reach", 2, "recurrence", 3), strict().ratings(), "still read");
    assertEquals(
        List.of(
            "7:8: error: the rating 'reach' does not say who gave it, when and why (this site"
                + " asks it of every rating: write reach: {level: 2, by: ..., date: YYYY-MM-DD,"
                + " why: ...})",
            "8:13: error: the rating 'recurrence' does not say who gave it, when and why (this"
                + " site asks it of every rating: write recurrence: {level: 3, by: ...,"
                + " date: YYYY-MM-DD, why: ...})"),
        cards.problems);
  }
}
