/**
 * Loads, parses and validates the cards of a content folder into a {@link
 * org.stek.content.KnowledgeBase}.
 */
package org.stek.content;
