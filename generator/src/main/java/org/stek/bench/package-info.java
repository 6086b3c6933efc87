/**
 * Benchmarks: build a generated corpus in separate processes and print wall, CPU, memory, sizes.
 */
package org.stek.bench;
