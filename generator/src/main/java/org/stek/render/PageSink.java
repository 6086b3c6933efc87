package org.stek.render;

/** Where rendered files go: a root-relative URL and its bytes. Called from several threads. */
@FunctionalInterface
public interface PageSink {
  void write(String url, byte[] bytes);
}
