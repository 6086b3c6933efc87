/**
 * Full-text search: a Lucene index built at build time, exported as shards a browser engine sums.
 */
package org.stek.search;
