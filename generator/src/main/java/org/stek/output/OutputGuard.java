package org.stek.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Refuses output folders that a build must never replace: the content or theme folder, anything
 * that contains them, the file-system root, the home folder, or a folder that holds other files and
 * was not written by Stek.
 */
public final class OutputGuard {
  /** Written into every site so a later build knows the folder is ours to replace. */
  public static final String MARKER = ".stek-site";

  private OutputGuard() {}

  /** Returns why {@code out} may not be used, or null if it may. */
  public static String check(Path out, Path contentDir, Path themeDir) throws IOException {
    Path o = out.toAbsolutePath().normalize();
    if (o.getParent() == null) return "the output folder cannot be the file-system root";
    String home = System.getProperty("user.home");
    if (home != null && o.equals(Path.of(home).toAbsolutePath().normalize())) {
      return "the output folder cannot be your home folder";
    }
    for (Path p : new Path[] {contentDir, themeDir}) {
      if (p == null) continue;
      Path q = p.toAbsolutePath().normalize();
      if (q.startsWith(o) || o.startsWith(q)) {
        return "the output folder " + out + " overlaps " + p;
      }
    }
    if (Files.exists(o.resolve(".git")) || Files.exists(o.resolve("pom.xml"))) {
      return "the output folder " + out + " looks like a project folder";
    }
    if (Files.exists(o) && !Files.isDirectory(o)) return out + " is a file, not a folder";
    if (Files.isDirectory(o) && !Files.exists(o.resolve(MARKER))) {
      try (var s = Files.list(o)) {
        if (s.findAny().isPresent()) {
          return "the output folder "
              + out
              + " has files that Stek did not write; empty it or choose another --out";
        }
      }
    }
    return null;
  }
}
