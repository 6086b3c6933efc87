package org.stek.search;

import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/** Lucene's ASCII folding of one string (e.g. {@code coördinator} becomes {@code coordinator}). */
final class Folding {
  private Folding() {}

  /** Lower case as Lucene's LowerCaseFilter makes it: code point by code point. */
  static String lower(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().map(Character::toLowerCase).forEach(b::appendCodePoint);
    return b.toString();
  }

  static String fold(String s) {
    char[] in = s.toCharArray();
    char[] out = new char[in.length * 4];
    int n = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
    return new String(out, 0, n);
  }
}
