package org.stek.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;

/**
 * A Lucene directory in a temporary folder that never asks the disk to flush: a build's indexes
 * live for one build and are deleted after it, so durability buys nothing, and a commit's fsyncs
 * can take longer than indexing a small site.
 */
public final class ScratchDirectory extends FilterDirectory {
  private ScratchDirectory(Directory in) {
    super(in);
  }

  public static Directory open(Path folder) throws IOException {
    return new ScratchDirectory(FSDirectory.open(folder));
  }

  @Override
  public void sync(Collection<String> names) {
    // nothing to make durable: see the class comment
  }

  @Override
  public void syncMetaData() {
    // nothing to make durable: see the class comment
  }
}
