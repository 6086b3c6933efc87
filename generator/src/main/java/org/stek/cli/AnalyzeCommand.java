package org.stek.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.stek.config.SiteConfig;
import org.stek.config.SiteConfigLoader;
import org.stek.report.Problem;
import org.stek.report.Problems;
import org.stek.search.SearchAnalyzer;
import org.stek.search.SynonymGraph;
import org.stek.search.TextAnalysis;
import org.stek.search.Token;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code stek analyze}: the terms Lucene's analyzer makes of a text, in the site's language: what
 * the search looks up, and what the browser's {@code stek.analyze} must return ({@code --json});
 * without {@code --json} also the parts a compound is indexed as and the synonyms a query adds.
 */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description =
        "Prints the search terms the site's analyzer (site.yaml's language) makes of TEXT, the"
            + " parts of compound words and the synonyms from site.yaml.")
final class AnalyzeCommand implements Callable<Integer> {
  @Mixin ContentOptions content;

  @Option(names = "--json", description = "Print a JSON array of strings.")
  boolean json;

  @Parameters(paramLabel = "TEXT", arity = "0..*", description = "The text to analyse.")
  List<String> text = List.of();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Problems problems = new Problems();
    SiteConfig config = SiteConfigLoader.load(content.content, problems);
    if (config == null) {
      PrintWriter err = spec.commandLine().getErr();
      for (Problem p : problems.sorted()) err.println(p.format());
      return Main.CONTENT_ERRORS;
    }
    SearchAnalyzer analyzer = SearchAnalyzer.forLanguage(config.language());
    SynonymGraph synonyms = SynonymGraph.of(config.synonyms(), analyzer, null, null);
    TextAnalysis a = TextAnalysis.of(String.join(" ", text), config.language(), synonyms);
    if (json) out.println(json(a.terms()));
    else {
      for (int i = 0; i < a.terms().size(); i++) {
        out.println(a.terms().get(i));
        if (!a.parts().get(i).isEmpty())
          out.println("  parts: " + String.join(" ", a.parts().get(i)));
      }
      for (SynonymGraph.Unit u : a.synonyms()) {
        List<String> alts =
            u.alternatives().stream()
                .map(e -> String.join(" ", e.stream().map(Token::term).toList()))
                .toList();
        out.println("synonyms of " + String.join(" ", u.exact()) + ": " + String.join(", ", alts));
      }
    }
    out.flush();
    return Main.OK;
  }

  static String json(List<String> terms) throws IOException {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
      g.writeStartArray();
      for (String t : terms) g.writeString(t);
      g.writeEndArray();
    }
    return w.toString();
  }
}
