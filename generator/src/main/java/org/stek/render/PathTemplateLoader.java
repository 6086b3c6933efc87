package org.stek.render;

import freemarker.cache.URLTemplateLoader;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads templates from a {@link Path}, which may be a folder on disk or the theme embedded in
 * stek.jar (a zip file system path): one loader for both.
 */
final class PathTemplateLoader extends URLTemplateLoader {
  private final Path dir;

  PathTemplateLoader(Path dir) {
    this.dir = dir;
  }

  @Override
  protected URL getURL(String name) {
    Path p = dir.resolve(name).normalize();
    if (!p.startsWith(dir) || !Files.isRegularFile(p)) return null;
    try {
      return p.toUri().toURL();
    } catch (MalformedURLException e) {
      return null;
    }
  }
}
