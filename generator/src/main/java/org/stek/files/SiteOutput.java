package org.stek.files;

import java.nio.file.Path;

/** Where the files of a build go: written, copied, or kept as the last build made them. */
public interface SiteOutput extends PageSink {
  /** Copies a file as it is (theme assets, images beside the cards). */
  void copy(Path source, String url);

  /**
   * The file stays as the last build made it: the stage that made it had the same input. An output
   * that starts empty has nothing to keep, and a build always makes every file.
   */
  default void keep(String url) {}
}
