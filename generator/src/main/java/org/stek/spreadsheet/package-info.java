/** {@code stek import}: spreadsheet rows (csv, xlsx) into practice cards, checked as cards are. */
package org.stek.spreadsheet;
