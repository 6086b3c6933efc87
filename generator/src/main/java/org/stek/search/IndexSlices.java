package org.stek.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.store.Directory;
import org.stek.files.FileTrees;

/**
 * A search index's slices kept from one build to the next (the preview): a build indexes again only
 * the slices whose documents changed and reads the others as they were. The slices are the ones
 * {@link SearchIndex#build} makes (contiguous, one per core), and since the same documents give the
 * same index in any slices, the index is a fresh build's. Not for use by two builds at once.
 */
public final class IndexSlices implements AutoCloseable {
  private final SearchAnalyzer analyzer;
  private final SearchAnalyzer indexing;
  private final Path folder;
  private List<Slice> slices = List.of();
  private int slicesCreated;
  private int indexed;

  /** One slice: its documents, as indexed, and the index of them. */
  private record Slice(
      List<SearchDocument> docs,
      Directory dir,
      DirectoryReader reader,
      Path folder,
      IndexWords words) {
    void close() throws IOException {
      reader.close();
      dir.close();
      FileTrees.delete(folder);
    }
  }

  public IndexSlices(String language) {
    this.analyzer = SearchAnalyzer.forLanguage(language);
    this.indexing = SearchAnalyzer.forIndex(language);
    try {
      this.folder = Files.createTempDirectory("stek-slices");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The index of {@code docs}, made from the kept slices whose documents are the same (in number
   * and order, so the slices' bounds are too) and new ones for the others. Closing the index leaves
   * the slices here, for the next call.
   */
  public SearchIndex index(List<SearchDocument> docs) {
    int n = SearchIndex.slices(docs.size());
    List<Slice> old = slices;
    boolean sameBounds =
        old.size() == n && old.stream().mapToInt(s -> s.docs().size()).sum() == docs.size();
    Slice[] next = new Slice[n];
    List<Integer> todo = new ArrayList<>();
    for (int s = 0; s < n; s++) {
      List<SearchDocument> part = docs.subList(s * docs.size() / n, (s + 1) * docs.size() / n);
      if (sameBounds && old.get(s).docs().equals(part)) next[s] = old.get(s);
      else todo.add(s);
    }
    List<Path> folders = new ArrayList<>();
    for (int i = 0; i < todo.size(); i++) folders.add(folder.resolve("slice-" + slicesCreated++));
    try {
      java.util.stream.IntStream.range(0, todo.size())
          .parallel()
          .forEach(
              i -> {
                int s = todo.get(i);
                List<SearchDocument> part =
                    List.copyOf(docs.subList(s * docs.size() / n, (s + 1) * docs.size() / n));
                try {
                  Directory dir = ScratchDirectory.open(folders.get(i));
                  IndexWords words = SearchIndex.indexSlice(dir, part, indexing, 128 / n);
                  next[s] = new Slice(part, dir, DirectoryReader.open(dir), folders.get(i), words);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
      for (Slice s : old) if (java.util.Arrays.stream(next).noneMatch(k -> k == s)) s.close();
      slices = List.of(next);
      indexed = todo.size();
      IndexReader[] readers = new IndexReader[n];
      for (int s = 0; s < n; s++) readers[s] = next[s].reader();
      // not closing the slices' readers when the index is closed: they are kept
      return new SearchIndex(
          docs,
          analyzer,
          new MultiReader(readers, false),
          null,
          IndexWords.merge(slices.stream().map(Slice::words).toList()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many slices the last {@link #index} indexed (the others were kept). */
  public int indexed() {
    return indexed;
  }

  /** How many slices the last {@link #index} read. */
  public int slices() {
    return slices.size();
  }

  @Override
  public void close() throws IOException {
    for (Slice s : slices) s.close();
    slices = List.of();
    FileTrees.delete(folder);
  }
}
