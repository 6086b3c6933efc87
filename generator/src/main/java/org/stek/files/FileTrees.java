package org.stek.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Whole folders: copied, or removed with everything in them (temporary work folders). */
public final class FileTrees {
  private FileTrees() {}

  /** Copies {@code from} and everything in it to {@code to}, which must not exist yet. */
  public static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) Files.createDirectories(target);
        else Files.copy(f, target);
      }
    }
  }

  /**
   * Removes {@code dir} and everything in it, as far as it can: a file that will not go stays (a
   * temporary folder left behind is no reason to fail). Nothing happens when it does not exist.
   */
  public static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
  }
}
