package org.stek.serve;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/** A SHA-256 of a file's bytes as the pipeline made them. */
record Hash(byte[] sha) {
  static Hash of(byte[] bytes) {
    try {
      return new Hash(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Hash h && Arrays.equals(h.sha, sha);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(sha);
  }
}
