package org.stek;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Finds the theme: a folder given by the user, {@code themes/default}, or the one in stek.jar. */
public final class Themes {
  static final Path DEFAULT = Path.of("themes", "default");
  private static final String EMBEDDED = "/stek-theme/default";

  private Themes() {}

  public static Path resolve(Path given) throws IOException {
    if (given != null) {
      if (!Files.isDirectory(given.resolve("templates"))) {
        throw new IOException("no theme at " + given + " (expected a templates/ folder in it)");
      }
      return given;
    }
    if (Files.isDirectory(DEFAULT.resolve("templates"))) return DEFAULT;
    return embedded();
  }

  private static Path embedded() throws IOException {
    URL url = Themes.class.getResource(EMBEDDED + "/templates/base.ftlh");
    if (url == null) throw new IOException("stek.jar has no embedded theme; pass --theme DIR");
    try {
      URI uri = url.toURI();
      if (uri.getScheme().equals("jar")) {
        try {
          FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
          // opened by an earlier build in this JVM
        }
      }
      return Path.of(uri).getParent().getParent();
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
  }
}
