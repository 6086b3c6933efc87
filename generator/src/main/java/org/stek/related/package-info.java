/**
 * Related practices ("Vergelijkbare voorbeelden"): MoreLikeThis-style queries on the search index
 * and shared themes.
 */
package org.stek.related;
