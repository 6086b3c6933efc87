/**
 * The live preview ({@code stek serve}): build, serve the output folder, watch, rebuild, reload.
 */
package org.stek.serve;
