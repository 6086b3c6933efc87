package org.stek.serve;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.stek.Reuse;
import org.stek.search.IndexSlices;
import org.stek.search.SearchDocument;
import org.stek.search.SearchIndex;

/**
 * The preview's memory of the pipeline: each stage's last input and output, by stage and key (a
 * card's file, a page's URL), and the search index's slices. An edited card's file is forgotten, so
 * that its stages run again; everything downstream runs again only where its input changed.
 */
final class KeptStages implements Reuse, AutoCloseable {
  private record Key(String stage, Object key) {}

  private record Kept(Object input, Object output) {}

  private final Map<Key, Kept> kept = new ConcurrentHashMap<>();
  private IndexSlices slices;

  @Override
  @SuppressWarnings("unchecked")
  public <I, O> O get(String stage, Object key, I input, Function<I, O> work) {
    Key k = new Key(stage, key);
    Kept last = kept.get(k);
    if (last != null && last.input().equals(input)) return (O) last.output();
    O out = work.apply(input);
    kept.put(k, new Kept(input, out));
    return out;
  }

  @Override
  public synchronized SearchIndex index(List<SearchDocument> docs, String language) {
    if (slices == null) slices = new IndexSlices(language);
    return slices.index(docs);
  }

  /** The last output of {@code stage} under {@code key}, or null. */
  @SuppressWarnings("unchecked")
  <O> O last(String stage, Object key) {
    Kept k = kept.get(new Key(stage, key));
    return k == null ? null : (O) k.output();
  }

  /** Whether {@code stage} ran for {@code key}. */
  boolean has(String stage, Object key) {
    return kept.containsKey(new Key(stage, key));
  }

  /** The stage runs again for {@code key}, whatever its input. */
  void forget(String stage, Object key) {
    kept.remove(new Key(stage, key));
  }

  /** Removes the kept search index. */
  @Override
  public synchronized void close() throws IOException {
    if (slices != null) slices.close();
    slices = null;
  }
}
