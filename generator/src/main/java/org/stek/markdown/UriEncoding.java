package org.stek.markdown;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Link and image targets as CommonMark's reference renderers write them (commonmark.js's {@code
 * normalizeURI}, which is markdown-it's {@code mdurl.encode}): every character but ASCII letters,
 * digits and {@code ;/?:@&=+$,-_.!~*'()#} is percent-encoded as UTF-8, and a {@code %} that already
 * starts an escape ({@code %20}) is kept. So a target with a space, a backtick, a {@code ]}, a
 * backslash or a line break is still a valid URL, and an encoded one is left as it is.
 */
final class UriEncoding {
  private static final String KEPT = ";/?:@&=+$,-_.!~*'()#";
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private UriEncoding() {}

  static String encode(String uri) {
    // An IPv6 host keeps its brackets, which would make it no host at all encoded.
    Matcher v6 = IPV6_HOST.matcher(uri);
    return v6.lookingAt() ? v6.group() + encodeAll(uri.substring(v6.end())) : encodeAll(uri);
  }

  private static final Pattern IPV6_HOST = Pattern.compile("(?i)https?://\\[[0-9a-f:.]+\\]");

  private static String encodeAll(String uri) {
    int clean = 0;
    while (clean < uri.length() && kept(uri, clean)) clean++;
    if (clean == uri.length()) return uri;
    StringBuilder out = new StringBuilder(uri.length() + 16).append(uri, 0, clean);
    for (int i = clean; i < uri.length(); ) {
      if (kept(uri, i)) {
        out.append(uri.charAt(i++));
        continue;
      }
      int cp = uri.codePointAt(i);
      int n = Character.charCount(cp);
      // A lone surrogate is no character: U+FFFD, as mdurl writes it.
      String ch =
          Character.isSurrogate(uri.charAt(i)) && n == 1 ? "\uFFFD" : uri.substring(i, i + n);
      for (byte b : ch.getBytes(StandardCharsets.UTF_8)) {
        out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
      }
      i += n;
    }
    return out.toString();
  }

  /**
   * Whether an encoded {@code http:} or {@code https:} URL names a host no browser can reach, which
   * no encoding mends: none, one with an empty label ({@code https://../}), or one with a user name
   * (credentials in a link are refused by browsers). Other URLs are judged by the cleaner's
   * safelist, or are relative.
   */
  static boolean unreachableHost(String uri) {
    String lower = uri.toLowerCase(java.util.Locale.ROOT);
    int start = lower.startsWith("https://") ? 8 : lower.startsWith("http://") ? 7 : -1;
    if (start < 0) return false;
    int end = start;
    while (end < uri.length() && "/?#".indexOf(uri.charAt(end)) < 0) end++;
    if (uri.lastIndexOf('@', end - 1) >= start) return true;
    String host = uri.substring(start, end);
    int port = host.lastIndexOf(':');
    if (port >= 0 && !host.endsWith("]")) host = host.substring(0, port);
    if (host.endsWith(".")) host = host.substring(0, host.length() - 1);
    return host.isEmpty() || host.startsWith(".") || host.contains("..");
  }

  /** Whether the character at {@code i} stays as it is (an escape's {@code %} included). */
  private static boolean kept(String s, int i) {
    char c = s.charAt(i);
    if (c == '%') return i + 2 < s.length() && hex(s.charAt(i + 1)) && hex(s.charAt(i + 2));
    return c < 128 && (Character.isLetterOrDigit(c) || KEPT.indexOf(c) >= 0);
  }

  private static boolean hex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
