package org.stek.files;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;

/** Where rendered files go: a root-relative URL and its bytes. Called from several threads. */
@FunctionalInterface
public interface PageSink {
  void write(String url, byte[] bytes);

  /**
   * A stream for a file too big to hold as one array (practices.json of a large site); closing it
   * finishes the file. This default collects the bytes and hands them to {@link #write}.
   */
  default OutputStream open(String url) {
    return new ByteArrayOutputStream() {
      private boolean closed;

      @Override
      public void close() {
        if (closed) return; // a JSON generator closes its target, then try-with-resources again
        closed = true;
        PageSink.this.write(url, toByteArray());
      }
    };
  }
}
