package org.stek.content;

import java.util.Set;
import org.stek.report.Problems;

/** The organisation profiles checked against the rest: a logo that exists, a slug that is free. */
final class ProfileCheck {
  private ProfileCheck() {}

  static void check(KnowledgeBase kb, Set<String> assets, Problems problems) {
    for (Organisation o : kb.organisations()) {
      if (o.logo() != null && !assets.contains(o.logo().file())) {
        int[] at = ContentLoader.positionOf(o.source(), "file:");
        problems.error(
            o.source().path(),
            at[0],
            at[1],
            "the logo '" + o.logo().file() + "' does not exist",
            "put the image file beside the profile");
      }
      if (o.slug().equals("index")) {
        problems.error(
            o.source().path(), 0, 0, "the profile name 'index' is reserved", "rename the file");
      }
    }
  }
}
