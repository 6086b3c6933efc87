package org.stek.output;

/**
 * The CRC-32 of two byte runs put together, from the CRC of each and the second one's length, as
 * zlib's {@code crc32_combine} gives it (the JDK has no such call). An archive entry is deflated in
 * pieces around the size label ({@link ArchiveEntry}); its CRC for any label comes from the pieces'
 * CRCs without reading the page again.
 */
final class Crc32 {
  /** The CRC-32 polynomial, bits reversed as in {@link java.util.zip.CRC32}. */
  private static final int POLY = 0xEDB88320;

  /** {@code POWERS[k]} is x^(2^k) modulo the polynomial: appending 2^k zero bits. */
  private static final int[] POWERS = new int[64];

  static {
    int p = 1 << 30; // x^1
    for (int k = 0; k < POWERS.length; k++) {
      POWERS[k] = p;
      p = times(p, p);
    }
  }

  private Crc32() {}

  /** The CRC of a run whose first part has CRC {@code first} and second part {@code second}. */
  static long combine(long first, long second, long secondLength) {
    // crc(AB) = crc(A) * x^(8 |B|) + crc(B) over GF(2), the pre- and post-conditioning cancelling.
    int shift = 1 << 31; // x^0
    int k = 3; // 8 bits a byte: start at x^(2^3)
    for (long n = secondLength; n != 0; n >>>= 1, k++) {
      if ((n & 1) != 0) shift = times(POWERS[k & 63], shift);
    }
    return (times(shift, (int) first) ^ (int) second) & 0xFFFFFFFFL;
  }

  /** a times b modulo the polynomial, in the reversed bit order. */
  private static int times(int a, int b) {
    int product = 0;
    for (int bit = 1 << 31; bit != 0; bit >>>= 1) {
      if ((a & bit) != 0) product ^= b;
      b = (b & 1) != 0 ? (b >>> 1) ^ POLY : b >>> 1;
    }
    return product;
  }
}
