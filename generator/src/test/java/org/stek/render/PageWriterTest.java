package org.stek.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A page written piece by piece is the UTF-8 of the whole text, as String would encode it. */
class PageWriterTest {
  private static final char[] ALPHABET = {
    'a', 'Z', '<', '\n', 'é', 'ë', '—', '…', '€', '\u00A0', '\uD83C', '\uDF31', '\uDC00', '\uD800'
  };

  @Test
  void piecesOfAnyKindGiveTheBytesOfTheWholeText() {
    Random r = new Random(5);
    for (int run = 0; run < 2000; run++) {
      StringBuilder text = new StringBuilder();
      PageWriter w = new PageWriter(4);
      byte[] kept = null;
      String keptText = null;
      for (int piece = 0, n = r.nextInt(8); piece < n; piece++) {
        StringBuilder p = new StringBuilder();
        for (int i = 0, len = r.nextInt(6); i < len; i++)
          p.append(ALPHABET[r.nextInt(ALPHABET.length)]);
        String s = p.toString();
        switch (r.nextInt(5)) {
          case 0 -> w.write(s);
          case 1 -> w.write(s.toCharArray(), 0, s.length());
          case 2 -> s.chars().forEach(w::write);
          case 3 -> {
            String padded = "xx" + s + "yy";
            w.write(padded, 2, s.length());
          }
          default -> {
            // a kept fragment: bytes of a text written whole (pairs in it are whole or '?')
            kept = s.getBytes(StandardCharsets.UTF_8);
            keptText = new String(kept, StandardCharsets.UTF_8);
            w.writeBytes(kept);
            s = null;
          }
        }
        if (s != null) text.append(s);
        else {
          // what came before a fragment is closed: a high half before it stays unpaired
          String before = text.toString();
          text.setLength(0);
          text.append(new String(before.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
          text.append(keptText);
        }
      }
      assertArrayEquals(
          text.toString().getBytes(StandardCharsets.UTF_8), w.bytes(), "run " + run + ": " + text);
    }
  }
}
