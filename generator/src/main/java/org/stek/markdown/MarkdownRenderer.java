package org.stek.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.stek.config.Section;
import org.stek.content.ContentPaths;
import org.stek.content.SourceFile;
import org.stek.content.Urls;
import org.stek.files.FileLabel;
import org.stek.report.Problems;

/**
 * Renders card bodies. One parser and renderer serve every card (both are immutable and
 * thread-safe). Relative links to other cards ({@code other.md}) and to files beside the card are
 * checked and rewritten to the pages and files they publish to.
 */
public final class MarkdownRenderer {
  private final Parser parser;
  private final HtmlRenderer renderer;
  private final Set<String> assets;
  private final Map<String, Long> sizes;
  private final boolean compact;

  /**
   * @param assets every non-card file of the content folder, '/'-separated
   * @param compact keep the rendered bodies deflated ({@link RenderedBody#compact})
   */
  public MarkdownRenderer(Set<String> assets, boolean compact) {
    this(assets, compact, Map.of());
  }

  /**
   * @param sizes the size in bytes of each file beside the cards: a link to one says its type and
   *     size, "Kijkwijzer (PDF, 226 kB)"
   */
  public MarkdownRenderer(Set<String> assets, boolean compact, Map<String, Long> sizes) {
    this.compact = compact;
    this.sizes = Map.copyOf(sizes);
    MutableDataSet options = options(true);
    this.parser = Parser.builder(options).build();
    this.renderer = HtmlRenderer.builder(options).build();
    this.assets = Set.copyOf(assets);
  }

  /**
   * Flexmark's options for card bodies. With {@code prechecked}, Flexmark's table and text steps
   * run only where they could change something ({@link PrecheckedTables}, {@link
   * PlainTextRenderer}); without, Flexmark's own run everywhere (the tests compare the two; {@link
   * PrecheckedAutolink} has its own test).
   */
  static MutableDataSet options(boolean prechecked) {
    MutableDataSet options = new MutableDataSet();
    options.set(
        Parser.EXTENSIONS,
        prechecked
            ? List.of(new PrecheckedTables(), new PrecheckedAutolink(), new PlainTextRenderer())
            : List.of(TablesExtension.create(), new PrecheckedAutolink()));
    options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
    options.set(HtmlRenderer.RENDER_HEADER_ID, true);
    options.set(HtmlRenderer.HEADER_ID_GENERATOR_RESOLVE_DUPES, true);
    options.set(TablesExtension.WITH_CAPTION, false);
    return options;
  }

  /**
   * @param pageUrl where the card's page lands, root-relative, to make links relative to it
   * @param cards the content paths of all published cards
   */
  public RenderedBody render(SourceFile src, String pageUrl, Set<String> cards, Problems problems) {
    return render(src, pageUrl, cards, List.of(), "nl", problems);
  }

  /**
   * @param sections the sections site.yaml declares for the card's type: the body is checked
   *     against them and cut into them (none: the body is free)
   * @param language the site's, in which the messages name the sections
   */
  public RenderedBody render(
      SourceFile src,
      String pageUrl,
      Set<String> cards,
      List<Section> sections,
      String language,
      Problems problems) {
    Node doc = parser.parse(src.body());
    List<Heading> ends = new ArrayList<>();
    List<SectionCheck.Found> found =
        sections.isEmpty()
            ? List.of()
            : new SectionCheck(src, sections, language, problems).check(doc, ends);
    LinkRewriter rewriter = new LinkRewriter(src, pageUrl, cards, problems);
    List<LinkedFile> files = new ArrayList<>();
    new NodeVisitor(
            new VisitHandler<>(
                Link.class,
                l -> {
                  l.setUrl(rewriter.rewrite(l, l.getUrl()));
                  if (rewriter.file != null) files.add(fileLink(l, rewriter.file, language));
                }),
            new VisitHandler<>(Image.class, i -> i.setUrl(rewriter.rewrite(i, i.getUrl()))),
            new VisitHandler<>(Reference.class, r -> r.setUrl(rewriter.rewrite(r, r.getUrl()))))
        .visit(doc);
    Document clean = HtmlCleaner.clean(renderer.render(doc));
    return new RenderedBody(
        clean.body().html(),
        clean.body().text(),
        compact,
        SectionTexts.of(found, ends, clean),
        files);
  }

  /** A link to a file beside the cards, which says the file's type and size after its text. */
  private LinkedFile fileLink(Link l, String file, String language) {
    String title = new TextCollectingVisitor().collectAndGetText(l).strip();
    Long size = sizes.get(file);
    if (size != null) l.appendChild(new Text(" (" + FileLabel.of(file, size, language) + ")"));
    return new LinkedFile(file, title);
  }

  private final class LinkRewriter {
    private final SourceFile src;
    private final String pageUrl;
    private final Set<String> cards;
    private final Problems problems;

    /** The file beside the cards that the last rewritten link named, else null. */
    String file;

    LinkRewriter(SourceFile src, String pageUrl, Set<String> cards, Problems problems) {
      this.src = src;
      this.pageUrl = pageUrl;
      this.cards = cards;
      this.problems = problems;
    }

    BasedSequence rewrite(Node node, BasedSequence url) {
      file = null;
      String href = url.toString();
      if (href.isEmpty() || href.startsWith("#") || href.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
        return url; // anchors and absolute URLs (the cleaner judges their scheme)
      }
      String fragment = "";
      int hash = href.indexOf('#');
      if (hash >= 0) {
        fragment = href.substring(hash);
        href = href.substring(0, hash);
      }
      int q = href.indexOf('?');
      if (q >= 0) href = href.substring(0, q);
      String target = ContentPaths.resolve(src.folder(), href);
      int line = src.bodyLineOf(node.getStartOffset());
      int col = src.bodyColumnOf(node.getStartOffset());
      if (target == null) {
        problems.error(
            src.path(),
            line,
            col,
            "the link '" + url + "' points outside the content folder",
            "link to cards and files inside the content folder");
        return BasedSequence.of("#");
      }
      String published;
      if (target.endsWith(".md")) {
        published = cards.contains(target) ? Urls.ofCard(target) : null;
        if (published == null) {
          problems.error(
              src.path(),
              line,
              col,
              "the link '" + url + "' names a card that does not exist",
              "check the file name of the card you link to");
          return BasedSequence.of("#");
        }
      } else if (assets.contains(target)) {
        published = target;
        file = target;
      } else {
        problems.error(
            src.path(),
            line,
            col,
            "the link '" + url + "' names a file that does not exist",
            "put the file in the content folder, beside the card");
        return BasedSequence.of("#");
      }
      return BasedSequence.of(Urls.relative(pageUrl, published) + fragment);
    }
  }
}
