/** The site's own definition ({@code site.yaml}): title, language, taxonomies, rating scales. */
package org.stek.config;
