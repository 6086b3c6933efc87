package org.stek.config;

/**
 * What organisation profiles ({@code organisations/<slug>.md}) may say they offer and seek: the
 * keys of two taxonomies of {@code site.yaml} (often the same list of topics). The matching page
 * pairs an organisation that offers a value with one that seeks it.
 */
public record Profiles(String offers, String seeks) {
  public static final Profiles NONE = new Profiles(null, null);
}
