/**
 * Writing the site: a staging folder beside the output, swapped in only when the build is complete.
 */
package org.stek.output;
