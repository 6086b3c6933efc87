package org.stek.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;
import java.util.Set;

/**
 * Flexmark's {@link TablesExtension}, whose paragraph pre-processor is made only for a paragraph
 * that could start a table. Flexmark makes one for every card, compiling a regular expression for
 * it, and works on every paragraph; it turns down, before it changes anything, a paragraph whose
 * first line has no {@code |}. Every other paragraph goes to Flexmark's pre-processor: the same
 * tables.
 */
final class PrecheckedTables implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
  private final TablesExtension tables = (TablesExtension) TablesExtension.create();

  @Override
  public void parserOptions(MutableDataHolder options) {
    tables.parserOptions(options);
  }

  @Override
  public void rendererOptions(MutableDataHolder options) {
    tables.rendererOptions(options);
  }

  @Override
  public void extend(HtmlRenderer.Builder builder, String rendererType) {
    tables.extend(builder, rendererType);
  }

  @Override
  public void extend(Parser.Builder builder) {
    builder.paragraphPreProcessorFactory(new Factory(TableParagraphPreProcessor.Factory()));
  }

  /** True when Flexmark's table pre-processor turns {@code paragraph} down at once. */
  static boolean noTable(Paragraph paragraph) {
    List<BasedSequence> lines = paragraph.getContentLines();
    return lines.isEmpty() || lines.get(0).indexOf('|') < 0;
  }

  private record Factory(ParagraphPreProcessorFactory flexmark)
      implements ParagraphPreProcessorFactory {
    @Override
    public ParagraphPreProcessor apply(ParserState state) {
      return new ParagraphPreProcessor() {
        private ParagraphPreProcessor table;

        @Override
        public int preProcessBlock(Paragraph block, ParserState state) {
          if (noTable(block)) return 0;
          if (table == null) table = flexmark.apply(state);
          return table.preProcessBlock(block, state);
        }
      };
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
      return flexmark.getAfterDependents();
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
      return flexmark.getBeforeDependents();
    }

    @Override
    public boolean affectsGlobalScope() {
      return flexmark.affectsGlobalScope();
    }
  }
}
