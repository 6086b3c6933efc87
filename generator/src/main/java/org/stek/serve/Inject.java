package org.stek.serve;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Adds the reload script to an HTML page as it is served (never to the built file). */
final class Inject {
  static final String TAG =
      "<script src=\"" + PreviewServer.PREFIX + "live-reload.js\" defer></script>";

  private Inject() {}

  static byte[] html(byte[] page) {
    String s = new String(page, StandardCharsets.UTF_8);
    int at = s.toLowerCase(Locale.ROOT).indexOf("</head>");
    String out = at < 0 ? s + TAG : s.substring(0, at) + TAG + s.substring(at);
    return out.getBytes(StandardCharsets.UTF_8);
  }
}
