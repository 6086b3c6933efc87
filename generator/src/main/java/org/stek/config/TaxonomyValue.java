package org.stek.config;

/** One value a card may name, e.g. the theme {@code onderwijs}. */
public record TaxonomyValue(String key, Label label, String description) {}
