package org.stek.config;

import java.util.List;

/**
 * {@code search.synonyms} of site.yaml: groups of words or phrases that mean the same, each entry
 * kept with its position (the search stage reports an entry that analyses to nothing there).
 */
public record Synonyms(List<Group> groups) {
  public static final Synonyms NONE = new Synonyms(List.of());

  public Synonyms {
    groups = List.copyOf(groups);
  }

  /** One group of equivalent entries, as written. */
  public record Group(List<Entry> entries, int line, int column) {
    public Group {
      entries = List.copyOf(entries);
    }
  }

  public record Entry(String text, int line, int column) {}
}
