package org.stek.content;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/** Resolves paths written in cards against the content folder, refusing any way out of it. */
public final class ContentPaths {
  private ContentPaths() {}

  /**
   * Resolves {@code ref} (URL-decoded, '/'-separated) against {@code folder} ("practices/").
   *
   * @return the '/'-separated path inside the content folder, or null if it leaves the folder, is
   *     absolute, or has a scheme
   */
  public static String resolve(String folder, String ref) {
    String path;
    try {
      path = URLDecoder.decode(ref.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (path.isEmpty()
        || path.startsWith("/")
        || path.contains("\\")
        || path.contains(":")
        || path.indexOf('\0') >= 0) {
      return null;
    }
    Deque<String> parts = new ArrayDeque<>();
    for (String p : (folder + path).split("/")) {
      if (p.isEmpty() || p.equals(".")) continue;
      if (p.equals("..")) {
        if (parts.isEmpty()) return null;
        parts.removeLast();
      } else {
        parts.addLast(p);
      }
    }
    return parts.isEmpty() ? null : String.join("/", parts);
  }
}
