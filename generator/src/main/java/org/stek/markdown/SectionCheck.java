package org.stek.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stek.config.Section;
import org.stek.content.SourceFile;
import org.stek.report.Problems;
import org.stek.report.Suggestions;

/**
 * Checks a body against the sections site.yaml declares for its card type: every {@code ##} heading
 * at the top of the body either opens a declared section, or is an extra heading inside the section
 * above it. Reported, each at its place: a heading before any section that is not declared, one
 * that looks like a declared heading misspelt, a section written twice, sections out of the
 * declared order (a warning), a required section missing or empty.
 */
final class SectionCheck {
  /** A declared section found in the body, at its heading. */
  record Found(Section section, Heading heading, String text) {}

  private final SourceFile src;
  private final List<Section> declared;
  private final String lang;
  private final Problems problems;

  SectionCheck(SourceFile src, List<Section> declared, String lang, Problems problems) {
    this.src = src;
    this.declared = declared;
    this.lang = lang;
    this.problems = problems;
  }

  /** The declared sections of {@code doc} in the body's order; every heading ending one. */
  List<Found> check(Node doc, List<Heading> ends) {
    Map<Section, Found> found = new LinkedHashMap<>();
    List<String> names = declared.stream().map(s -> s.heading().in(lang)).toList();
    Found last = null;
    for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
      if (!(n instanceof Heading h) || h.getLevel() != 2) continue;
      String text = new TextCollectingVisitor().collectAndGetText(h).strip();
      Section s = declared.stream().filter(d -> d.isHeading(text)).findFirst().orElse(null);
      if (s == null) {
        String near = Suggestions.closest(text, names);
        if (near != null || last == null) {
          error(
              h,
              "'" + text + "' is not a section of this card type",
              near != null
                  ? "did you mean '" + near + "'?"
                  : "the sections are: " + String.join(", ", names));
          ends.add(h);
        }
        continue; // an extra heading inside the section above
      }
      ends.add(h);
      Found first = found.get(s);
      if (first != null) {
        error(
            h,
            "the section '" + text + "' appears twice",
            "it began at line " + line(first.heading()) + ": write it once");
        continue;
      }
      if (last != null && declared.indexOf(s) < declared.indexOf(last.section())) {
        problems.warning(
            src.path(),
            line(h),
            column(h),
            "the section '" + text + "' comes after '" + last.text() + "'",
            "the order is " + String.join(", ", names));
      }
      last = new Found(s, h, text);
      found.put(s, last);
    }
    missing(found);
    for (Found f : found.values()) {
      if (f.section().required() && isEmpty(f, ends)) {
        error(f.heading(), "the required section '" + f.text() + "' is empty", hint(f.section()));
      }
    }
    return List.copyOf(found.values());
  }

  /** Whether a found section has nothing but blank lines and comments before the next one. */
  private boolean isEmpty(Found f, List<Heading> ends) {
    int from = f.heading().getEndOffset();
    int to = src.body().length();
    for (Heading h : ends) {
      if (h.getStartOffset() > f.heading().getStartOffset()) {
        to = h.getStartOffset();
        break;
      }
    }
    return src.body().substring(from, to).replaceAll("(?s)<!--.*?-->", "").isBlank();
  }

  private void missing(Map<Section, Found> found) {
    for (int i = 0; i < declared.size(); i++) {
      Section s = declared.get(i);
      if (!s.required() || found.containsKey(s)) continue;
      // Where it belongs: at the next declared section the card has, else at the body's end.
      Found next = null;
      for (int j = i + 1; j < declared.size() && next == null; j++)
        next = found.get(declared.get(j));
      int line =
          next == null ? src.bodyLineOf(src.body().stripTrailing().length()) : line(next.heading());
      problems.error(
          src.path(),
          line,
          1,
          "the required section '" + s.heading().in(lang) + "' is missing",
          hint(s));
    }
  }

  private String hint(Section s) {
    String help = s.help().in(lang);
    return "under '## " + s.heading().in(lang) + "' write " + (help.isEmpty() ? "its text" : help);
  }

  private void error(Heading h, String message, String hint) {
    problems.error(src.path(), line(h), column(h), message, hint);
  }

  private int line(Heading h) {
    return src.bodyLineOf(h.getStartOffset());
  }

  /** The column of the heading's text, after the '## '. */
  private int column(Heading h) {
    return src.bodyColumnOf(h.getText().getStartOffset());
  }
}
