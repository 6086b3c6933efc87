package org.stek.render;

import java.util.Locale;

/** The kinds of page a site has; each is rendered by the template of its name. */
public enum PageKind {
  HOME,
  PRACTICES,
  PRACTICE,
  TAXONOMY,
  TERM,
  RECOMMENDATIONS,
  RECOMMENDATION,
  PAGE,
  ORGANISATION,
  MATCHING,
  EVENTS,
  EVENT,
  PROFILES,
  OVERVIEW,
  COMPARE,
  SEARCH,
  CONTRIBUTE,
  NOT_FOUND,
  /** The download page: not in the offline archive, rendered once the zip is written. */
  DOWNLOAD;

  /** The template's name without {@code .ftlh}; templates see it as {@code page.kind}. */
  public String template() {
    return this == NOT_FOUND ? "404" : name().toLowerCase(Locale.ROOT);
  }
}
