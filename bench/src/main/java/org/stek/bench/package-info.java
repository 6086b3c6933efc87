/**
 * {@code stek bench} (the module {@code bench/}, not in stek.jar): builds of a generated corpus in
 * separate processes (wall, CPU, memory, sizes), the search and the browse page in headless
 * Chromium, and one-card edits in the live preview.
 */
package org.stek.bench;
