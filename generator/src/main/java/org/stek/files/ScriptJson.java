package org.stek.files;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * JSON for the data the site ships as classic scripts ({@code search/*.js}, {@code
 * schema/*.schema.js}): besides JSON's own escapes, {@code <}, {@code >} and {@code &} are written
 * as {@code \u003c}, {@code \u003e}, {@code \u0026}, and the line and paragraph separators U+2028
 * and U+2029 as {@code \u2028}, {@code \u2029}. So an author's {@code </script>} or {@code <!--}
 * never appears in a script, whether loaded by {@code src} or ever pasted inline, and the text
 * stays a valid string literal for every JavaScript engine; the value read back is the same.
 */
public final class ScriptJson {
  private ScriptJson() {}

  /** A new factory whose generators escape as above (thread-safe: keep one per class). */
  public static JsonFactory factory() {
    return new JsonFactory().setCharacterEscapes(new Escapes());
  }

  private static final class Escapes extends CharacterEscapes {
    private final int[] ascii = standardAsciiEscapesForJSON();

    Escapes() {
      ascii['<'] = ESCAPE_STANDARD;
      ascii['>'] = ESCAPE_STANDARD;
      ascii['&'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      if (ch == 0x2028) return new SerializedString("\\u2028");
      if (ch == 0x2029) return new SerializedString("\\u2029");
      return null;
    }
  }
}
