package org.stek.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.Set;

/**
 * Renders a plain {@link Text} node itself, and any other through Flexmark. Flexmark copies the
 * text char by char, unescapes it with a regular expression, normalises its line ends in a new
 * string and escapes it with another regular expression, for every text node of every card. Text
 * without {@code \}, {@code &} (nothing to unescape), CR (no line end to normalise) and NUL (which
 * Flexmark reads as U+FFFD) comes out of those steps as it went in, but for the escaping of {@code
 * & < > "}, done here in one loop. Any other text goes to Flexmark's renderer: the same bytes
 * either way.
 */
final class PlainTextRenderer implements HtmlRenderer.HtmlRendererExtension {
  @Override
  public void rendererOptions(MutableDataHolder options) {}

  @Override
  public void extend(HtmlRenderer.Builder builder, String rendererType) {
    builder.nodeRendererFactory(options -> new Renderer());
  }

  /** The characters of {@code chars}, read from the string they point into when they can be. */
  static String text(BasedSequence chars) {
    if (chars instanceof SubSequence && chars.getBase() instanceof String base) {
      return base.substring(chars.getStartOffset(), chars.getEndOffset());
    }
    return chars.toString();
  }

  /** {@code s} escaped as Flexmark's text escaping does, or null when it needs Flexmark's steps. */
  static String escaped(String s) {
    StringBuilder out = null;
    int done = 0;
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      String entity;
      switch (c) {
        case '\\', '&', '\r', '\0' -> {
          return null;
        }
        case '<' -> entity = "&lt;";
        case '>' -> entity = "&gt;";
        case '"' -> entity = "&quot;";
        default -> {
          continue;
        }
      }
      if (out == null) out = new StringBuilder(n + 16);
      out.append(s, done, i).append(entity);
      done = i + 1;
    }
    return out == null ? s : out.append(s, done, s.length()).toString();
  }

  private static final class Renderer implements NodeRenderer {
    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
      return Set.of(new NodeRenderingHandler<>(Text.class, Renderer::render));
    }

    private static void render(Text node, NodeRendererContext context, HtmlWriter html) {
      String plain = escaped(text(node.getChars()));
      if (plain == null) context.delegateRender();
      else html.raw(plain);
    }
  }
}
