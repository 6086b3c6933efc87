package org.stek.render;

import java.util.List;
import org.stek.content.ContentLoader;
import org.stek.content.KnowledgeBase;
import org.stek.content.Practice;
import org.stek.files.FileLabel;
import org.stek.markdown.BodySection;
import org.stek.markdown.LinkedFile;
import org.stek.markdown.RenderedBody;

/** What a practice's page shows beside its body: its attachments, a long card's contents. */
final class CardExtras {
  /** A card with fewer sections needs no table of contents: they all fit on a screen or two. */
  static final int TOC_SECTIONS = 3;

  /** Nor does a card shorter than this, in characters of text. */
  static final int TOC_CHARACTERS = 1500;

  private CardExtras() {}

  /** The card's attachments, then the files its body links to that it does not list. */
  static List<ViewModel.Attachment> attachments(KnowledgeBase kb, Practice p, RenderedBody body) {
    return LinkedFile.offeredBy(p, body).entrySet().stream()
        .map(f -> attachment(kb, f.getKey(), f.getValue()))
        .toList();
  }

  private static ViewModel.Attachment attachment(KnowledgeBase kb, String file, String title) {
    long bytes = ContentLoader.sizeOf(kb.contentDir().resolve(file));
    String lang = kb.config().language();
    return new ViewModel.Attachment(
        title,
        file,
        FileLabel.type(file),
        FileLabel.size(bytes, lang),
        FileLabel.of(file, bytes, lang));
  }

  /** The sections of a long card, for its table of contents; empty for a short one. */
  static List<ViewModel.TocEntry> toc(RenderedBody body) {
    if (body == null || body.sections().size() < TOC_SECTIONS) return List.of();
    if (body.text().length() < TOC_CHARACTERS) return List.of();
    return body.sections().stream()
        .filter(s -> !s.id().isEmpty())
        .map((BodySection s) -> new ViewModel.TocEntry(s.heading(), s.id()))
        .toList();
  }
}
