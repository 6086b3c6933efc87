package org.stek.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Maps a request path to a file of the output folder, and to nothing outside it: no {@code ..} or
 * {@code .} segment (raw or percent-encoded), no encoded slash or backslash, no NUL, and no link
 * that leads out of the folder.
 */
final class SiteFiles {
  private static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("html", "text/html; charset=utf-8"),
          Map.entry("css", "text/css; charset=utf-8"),
          Map.entry("js", "text/javascript; charset=utf-8"),
          Map.entry("json", "application/json; charset=utf-8"),
          Map.entry("xml", "application/xml; charset=utf-8"),
          Map.entry("txt", "text/plain; charset=utf-8"),
          Map.entry("md", "text/plain; charset=utf-8"),
          Map.entry("svg", "image/svg+xml"),
          Map.entry("png", "image/png"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("jpeg", "image/jpeg"),
          Map.entry("gif", "image/gif"),
          Map.entry("webp", "image/webp"),
          Map.entry("ico", "image/x-icon"),
          Map.entry("woff2", "font/woff2"),
          Map.entry("pdf", "application/pdf"),
          Map.entry("zip", "application/zip"));

  /** What a request path leads to. */
  sealed interface Lookup {}

  record Found(Path file) implements Lookup {}

  record Missing() implements Lookup {}

  /** A path that tries to leave the folder: answered 403, never looked up. */
  record Refused(String why) implements Lookup {}

  private final Path root;

  SiteFiles(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  Lookup find(String rawPath) {
    if (rawPath == null || !rawPath.startsWith("/")) return new Refused("not an absolute path");
    StringBuilder rel = new StringBuilder();
    for (String part : rawPath.substring(1).split("/", -1)) {
      String seg = decode(part);
      if (seg == null) return new Refused("bad percent-encoding");
      if (seg.equals("..") || seg.equals(".")) return new Refused("dot segment");
      if (seg.indexOf('/') >= 0
          || seg.indexOf('\\') >= 0
          || seg.indexOf('\0') >= 0
          || seg.contains(":")) {
        return new Refused("separator or NUL inside a segment");
      }
      if (seg.isEmpty()) continue;
      if (rel.length() > 0) rel.append('/');
      rel.append(seg);
    }
    boolean dir = rawPath.endsWith("/") || rel.length() == 0;
    Path p = rel.length() == 0 ? root : root.resolve(rel.toString()).normalize();
    if (!p.startsWith(root)) return new Refused("outside the folder");
    if (Files.isDirectory(p)) p = p.resolve("index.html");
    else if (dir) return new Missing();
    if (!Files.isRegularFile(p)) return new Missing();
    try {
      Path real = p.toRealPath();
      if (!real.startsWith(root.toRealPath())) return new Refused("a link out of the folder");
      return new Found(real);
    } catch (IOException e) {
      return new Missing();
    }
  }

  static String contentType(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return TYPES.getOrDefault(ext, "application/octet-stream");
  }

  /** Strict percent-decoding of one segment ('+' stays '+'); null when malformed. */
  static String decode(String s) {
    if (s.indexOf('%') < 0) return s;
    byte[] out = new byte[s.length()];
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%') {
        if (i + 2 >= s.length()) return null;
        int hi = Character.digit(s.charAt(i + 1), 16);
        int lo = Character.digit(s.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) return null;
        out[n++] = (byte) (hi * 16 + lo);
        i += 2;
      } else if (c < 0x80) {
        out[n++] = (byte) c;
      } else {
        return null; // raw non-ASCII in a request line
      }
    }
    return new String(out, 0, n, StandardCharsets.UTF_8);
  }
}
