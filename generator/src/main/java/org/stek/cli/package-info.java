/** The {@code stek} command line (picocli): build, check and the commands that follow. */
package org.stek.cli;
