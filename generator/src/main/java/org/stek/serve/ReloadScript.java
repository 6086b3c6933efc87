package org.stek.serve;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds the reload script to an HTML page as it is served (never to the built file). A page's
 * Content-Security-Policy allows scripts from 'self', which the script is; its event stream needs
 * {@code connect-src 'self'}, added here to the served copy when the policy does not say it.
 */
final class ReloadScript {
  static final String TAG =
      "<link rel=\"stylesheet\" href=\""
          + PreviewServer.PREFIX
          + "live-reload.css\"><script src=\""
          + PreviewServer.PREFIX
          + "live-reload.js\" defer></script>";

  private static final Pattern CSP =
      Pattern.compile(
          "(<meta\\s+http-equiv=\"Content-Security-Policy\"\\s+content=\")([^\"]*)(\")",
          Pattern.CASE_INSENSITIVE);

  private ReloadScript() {}

  static byte[] addTo(byte[] page) {
    String s = connect(new String(page, StandardCharsets.UTF_8));
    int at = s.toLowerCase(Locale.ROOT).indexOf("</head>");
    String out = at < 0 ? s + TAG : s.substring(0, at) + TAG + s.substring(at);
    return out.getBytes(StandardCharsets.UTF_8);
  }

  static String connect(String page) {
    Matcher m = CSP.matcher(page);
    if (!m.find()) return page;
    String policy = m.group(2);
    String lower = policy.toLowerCase(Locale.ROOT);
    String fixed;
    if (lower.contains("connect-src")) {
      if (Pattern.compile("connect-src[^;]*'self'").matcher(lower).find()) return page;
      fixed = policy.replaceFirst("(?i)connect-src", "connect-src 'self'");
    } else if (Pattern.compile("default-src[^;]*'self'").matcher(lower).find()) {
      return page;
    } else {
      fixed = policy.strip().replaceAll(";\\s*$", "") + "; connect-src 'self'";
    }
    return page.substring(0, m.start(2)) + fixed + page.substring(m.end(2));
  }
}
