package org.stek.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReloadScriptTest {
  private static String served(String head) {
    return new String(
        ReloadScript.addTo(
            ("<html><head>" + head + "</head><body></body></html>")
                .getBytes(StandardCharsets.UTF_8)),
        StandardCharsets.UTF_8);
  }

  private static String meta(String policy) {
    return "<meta http-equiv=\"Content-Security-Policy\" content=\"" + policy + "\">";
  }

  @Test
  void addsTheScriptBeforeTheEndOfHead() {
    assertEquals("<html><head>" + ReloadScript.TAG + "</head><body></body></html>", served(""));
  }

  @Test
  void letsTheEventStreamThroughAStrictPolicy() {
    assertEquals(
        "<html><head>"
            + meta("default-src 'none'; script-src 'self'; connect-src 'self'")
            + ReloadScript.TAG
            + "</head><body></body></html>",
        served(meta("default-src 'none'; script-src 'self'")));
    String self = meta("default-src 'self'; script-src 'self'");
    assertEquals(
        "<html><head>" + self + ReloadScript.TAG + "</head><body></body></html>", served(self));
    assertEquals(
        "<html><head>"
            + meta("default-src 'none'; connect-src 'self' https://x")
            + ReloadScript.TAG
            + "</head><body></body></html>",
        served(meta("default-src 'none'; connect-src https://x")));
  }
}
