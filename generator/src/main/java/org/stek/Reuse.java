package org.stek;

import java.util.List;
import java.util.function.Function;
import org.stek.search.SearchDocument;
import org.stek.search.SearchIndex;

/**
 * What a driver of the {@link Pipeline} keeps between builds. {@code stek build} keeps nothing
 * ({@link #NONE}); the preview keeps each stage's last input and output, and hands the output back
 * when the input is equal, so that a rebuild is the same function of the same inputs as a build.
 */
public interface Reuse {
  /**
   * The output of {@code stage} for {@code input}: its last output under {@code key} if the input
   * it was made from equals {@code input}, else {@code work} applied to it.
   */
  <I, O> O get(String stage, Object key, I input, Function<I, O> work);

  /** The search index of {@code docs}; the preview indexes again only the slices that changed. */
  SearchIndex index(List<SearchDocument> docs, String language);

  /** Whether {@code input} differs from the one last seen under {@code key} (and keeps it). */
  default boolean changed(String stage, Object key, Object input) {
    boolean[] ran = {false};
    get(
        stage,
        key,
        input,
        i -> {
          ran[0] = true;
          return Boolean.TRUE;
        });
    return ran[0];
  }

  /** Keeps nothing: every stage runs. */
  Reuse NONE =
      new Reuse() {
        @Override
        public <I, O> O get(String stage, Object key, I input, Function<I, O> work) {
          return work.apply(input);
        }

        @Override
        public SearchIndex index(List<SearchDocument> docs, String language) {
          return SearchIndex.build(docs, language);
        }
      };
}
