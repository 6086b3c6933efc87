package org.stek.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a long list over numbered pages ({@code x.html}, {@code x-2.html}, ...), so that a theme
 * with thousands of practices still gives pages of a readable size, each reachable without
 * JavaScript.
 */
final class Pager {
  static final int PAGE_SIZE = 30;

  private Pager() {}

  /** One page of a list: its URL, its items, and the links to the others. */
  record Slice<T>(String url, List<T> items, ViewModel.Pagination pagination) {}

  static <T> List<Slice<T>> pages(String firstUrl, List<T> items) {
    int total = Math.max(1, (items.size() + PAGE_SIZE - 1) / PAGE_SIZE);
    List<ViewModel.PageLink> links = new ArrayList<>();
    for (int n = 1; n <= total; n++) links.add(new ViewModel.PageLink("" + n, url(firstUrl, n)));
    List<Slice<T>> out = new ArrayList<>();
    for (int n = 1; n <= total; n++) {
      List<T> slice = items.subList((n - 1) * PAGE_SIZE, Math.min(items.size(), n * PAGE_SIZE));
      var pagination =
          new ViewModel.Pagination(
              n,
              total,
              items.size(),
              n > 1 ? url(firstUrl, n - 1) : null,
              n < total ? url(firstUrl, n + 1) : null,
              links);
      out.add(new Slice<>(url(firstUrl, n), slice, pagination));
    }
    return out;
  }

  static String url(String firstUrl, int n) {
    return n == 1
        ? firstUrl
        : firstUrl.substring(0, firstUrl.length() - ".html".length()) + "-" + n + ".html";
  }
}
