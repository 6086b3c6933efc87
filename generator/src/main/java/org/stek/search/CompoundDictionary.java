package org.stek.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.analysis.CharArraySet;

/**
 * The Dutch words a compound may be split into: OpenTaal's word list (BSD, see {@code
 * nl-words.LICENSE.txt} beside it), lower case and folded, four letters or more. Read once, when
 * the first Dutch site is indexed.
 */
final class CompoundDictionary {
  private CompoundDictionary() {}

  private static final class Holder {
    static final CharArraySet WORDS = read();
  }

  static CharArraySet dutch() {
    return Holder.WORDS;
  }

  private static CharArraySet read() {
    CharArraySet words = new CharArraySet(400_000, false);
    try (InputStream in = CompoundDictionary.class.getResourceAsStream("nl-words.txt.gz");
        BufferedReader r =
            new BufferedReader(
                new InputStreamReader(new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isEmpty()) words.add(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return CharArraySet.unmodifiableSet(words);
  }
}
