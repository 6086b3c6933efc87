package org.stek.search;

/**
 * Small non-negative integers as text: base-64 digits of 5 bits, least significant first, a digit
 * of 32 or more meaning "more follows" (as in source maps). search.js decodes it.
 */
final class Vlq {
  static final String DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

  private Vlq() {}

  static void append(StringBuilder b, int n) {
    if (n < 0) throw new IllegalArgumentException("negative: " + n);
    while (n >= 32) {
      b.append(DIGITS.charAt(32 | (n & 31)));
      n >>>= 5;
    }
    b.append(DIGITS.charAt(n));
  }
}
