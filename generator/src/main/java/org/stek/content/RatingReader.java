package org.stek.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.stek.config.RatingRules;
import org.stek.config.RatingScale;
import org.stek.report.Problems;
import org.stek.report.Suggestions;
import org.stek.yaml.MappingReader;
import org.stek.yaml.YamlNode;

/**
 * A practice's rating on one scale: a level ({@code reach: 2}), or a level with its provenance
 * ({@code reach: {level: 2, by: ..., date: ..., why: ...}}), checked against the site's {@link
 * RatingRules}.
 */
final class RatingReader {
  /** One or two sentences: longer is a report, which belongs in the body or a link. */
  static final int LONG_WHY = 400;

  private final CardParser parser;
  private final RatingRules rules;
  private final Problems problems;

  RatingReader(CardParser parser, RatingRules rules, Problems problems) {
    this.parser = parser;
    this.rules = rules;
    this.problems = problems;
  }

  /** Reads scale {@code s} into {@code levels} and {@code provenance}; problems reported. */
  void read(
      MappingReader r,
      SourceFile src,
      RatingScale s,
      Map<String, Integer> levels,
      Map<String, Practice.Provenance> provenance) {
    if (!r.has(s.key())) {
      r.missing(s.key());
      return;
    }
    YamlNode node = r.node(s.key());
    MappingReader level = r;
    String levelKey = s.key();
    if (node instanceof YamlNode.Mapping m) {
      level = new MappingReader(m, src.path(), problems, "rating '" + s.key() + "'");
      level.rejectUnknown(List.of("level", "by", "date", "why"));
      levelKey = "level";
      if (!level.has("level")) level.missing("level");
      Practice.Provenance p = provenance(level, src, s);
      if (p != null) provenance.put(s.key(), p);
    } else if (rules.provenanceRequired()) {
      problems.error(
          src.path(),
          node.line(),
          node.column(),
          "the rating '" + s.key() + "' does not say who gave it, when and why",
          "this site asks it of every rating: write "
              + s.key()
              + ": {level: "
              + ((YamlNode.Scalar) node).text()
              + ", by: ..., date: YYYY-MM-DD, why: ...}");
    }
    Integer n = level.has(levelKey) ? level.integer(levelKey) : null;
    if (n == null) return;
    if (s.level(n) == null) {
      YamlNode at = level.node(levelKey);
      problems.error(
          src.path(),
          at.line(),
          at.column(),
          "'" + s.key() + "' is " + n + ", outside the scale 1.." + s.max(),
          "use a whole number from 1 to " + s.max());
      return;
    }
    levels.put(s.key(), n);
  }

  private Practice.Provenance provenance(MappingReader m, SourceFile src, RatingScale s) {
    String by = m.text("by");
    LocalDate date = parser.date(m, src, "date", false);
    String why = m.text("why");
    if (by != null && !rules.raters().isEmpty() && !rules.raters().contains(by)) {
      YamlNode n = m.node("by");
      String hint = Suggestions.didYouMean(by, rules.raters());
      problems.error(
          src.path(),
          n.line(),
          n.column(),
          "'" + by + "' may not rate on this site",
          hint != null ? hint : "site.yaml's rating_provenance.raters says who may");
    }
    if (why != null && why.length() > LONG_WHY) {
      YamlNode n = m.node("why");
      problems.warning(
          src.path(),
          n.line(),
          n.column(),
          "the reason for the rating '" + s.key() + "' is long (" + why.length() + " characters)",
          "one or two sentences, under " + LONG_WHY + " characters");
    }
    if (rules.provenanceRequired()) {
      for (String part : List.of("by", "date", "why")) {
        if (!m.has(part)) m.missing(part);
      }
    }
    return by == null && date == null && why == null
        ? null
        : new Practice.Provenance(by, date, why);
  }
}
