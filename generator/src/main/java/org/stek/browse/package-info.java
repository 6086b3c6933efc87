/** The data the practices list filters, sorts and compares with in the browser: facets.js. */
package org.stek.browse;
