package org.stek.markdown;

/** A card body as safe HTML, and as plain text for search, related items and excerpts. */
public record RenderedBody(String html, String text) {}
