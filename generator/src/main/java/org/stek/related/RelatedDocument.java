package org.stek.related;

import java.util.List;

/** What relatedness looks at: the card's words and its themes. */
public record RelatedDocument(String slug, String text, List<String> themes) {}
