package org.stek.config;

/** One step of a rating scale, e.g. reach 2, with what it means. */
public record RatingLevel(int level, Label label, String description) {}
