package org.stek.markdown;

import java.util.LinkedHashMap;
import java.util.Map;
import org.stek.content.Practice;

/**
 * A file beside the cards that a body links to.
 *
 * @param file path relative to the content folder
 * @param title the link's text
 */
public record LinkedFile(String file, String title) {

  /**
   * The files a practice offers, by path, with their titles: those it lists in {@code
   * attachments:}, then those its body links to, each once.
   */
  public static Map<String, String> offeredBy(Practice p, RenderedBody body) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Practice.Attachment a : p.attachments()) out.putIfAbsent(a.file(), a.title());
    if (body != null) for (LinkedFile f : body.files()) out.putIfAbsent(f.file(), f.title());
    return out;
  }
}
