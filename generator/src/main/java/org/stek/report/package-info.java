/** The one way to report a content problem: file, line, column, severity, message and hint. */
package org.stek.report;
