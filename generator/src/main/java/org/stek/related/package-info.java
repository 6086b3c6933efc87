/** Related practices ("Vergelijkbare voorbeelden") from Lucene's MoreLikeThis and shared themes. */
package org.stek.related;
