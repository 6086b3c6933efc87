package org.stek.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.ast.TypographicText;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Flexmark's {@link AutolinkExtension}, asked only about text that could hold a link. Its post
 * processor scans every text node for URLs, {@code www.} and e-mail addresses with a regular
 * expression and a link extractor; a node without {@code :}, {@code @}, {@code ww} (in any case),
 * an escape or an entity holds none, and the processor leaves it as it is. Every other node goes to
 * Flexmark's processor: the same links.
 */
final class PrecheckedAutolink implements Parser.ParserExtension {
  @Override
  public void parserOptions(MutableDataHolder options) {}

  @Override
  public void extend(Parser.Builder builder) {
    builder.postProcessorFactory(new Factory());
  }

  /** True when {@code chars} cannot hold a link the autolink processor would find. */
  static boolean noLink(BasedSequence chars) {
    // Read as a String: Flexmark's charAt costs a virtual call and two checks per char.
    String text = PlainTextRenderer.text(chars);
    char before = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c == ':' || c == '@' || c == '&' || c == '\\' || c == '\u001f') return false;
      if ((c == 'w' || c == 'W') && (before == 'w' || before == 'W')) return false;
      before = c;
    }
    return true;
  }

  private static final class Factory extends NodePostProcessorFactory {
    Factory() {
      super(false);
      addNodes(Text.class);
    }

    @Override
    public NodePostProcessor apply(Document document) {
      AutolinkNodePostProcessor autolink = new AutolinkNodePostProcessor(document);
      return new NodePostProcessor() {
        @Override
        public void process(NodeTracker state, Node node) {
          if (!(node.getNext() instanceof TypographicText) && noLink(node.getChars())) return;
          autolink.process(state, node);
        }
      };
    }
  }
}
