/** Stek turns a folder of Markdown practice cards into an accessible static knowledge-base site. */
package org.stek;
