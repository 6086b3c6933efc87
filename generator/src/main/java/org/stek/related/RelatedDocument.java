package org.stek.related;

import java.util.List;

/**
 * What relatedness looks at besides the card's words (which it reads from the search index): the
 * card's slug and its themes.
 */
public record RelatedDocument(String slug, List<String> themes) {}
