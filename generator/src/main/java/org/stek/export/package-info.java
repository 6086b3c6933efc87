/** The data a reader can take away: every practice as JSON and as a spreadsheet (CSV). */
package org.stek.export;
