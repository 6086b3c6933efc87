/**
 * The data the lists filter, sort and compare with in the browser: facets.js (the practices list
 * and compare page), profile-facets.js (the profiles list), event-facets.js (the events index).
 */
package org.stek.browse;
