/** Card bodies from Markdown to clean HTML: Flexmark, link rewriting, jsoup safelist. */
package org.stek.markdown;
