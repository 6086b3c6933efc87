package org.stek.render;

import java.io.Writer;

/**
 * A page as it is rendered: StringWriter without its lock. A template writes many short strings and
 * a StringWriter takes its StringBuffer's lock for each; a page is written by one thread.
 */
final class PageWriter extends Writer {
  private final StringBuilder text;

  PageWriter(int capacity) {
    text = new StringBuilder(capacity);
  }

  @Override
  public void write(int c) {
    text.append((char) c);
  }

  @Override
  public void write(char[] chars, int off, int len) {
    text.append(chars, off, len);
  }

  @Override
  public void write(String s) {
    text.append(s);
  }

  @Override
  public void write(String s, int off, int len) {
    text.append(s, off, off + len);
  }

  @Override
  public Writer append(CharSequence s) {
    text.append(s);
    return this;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  @Override
  public String toString() {
    return text.toString();
  }
}
