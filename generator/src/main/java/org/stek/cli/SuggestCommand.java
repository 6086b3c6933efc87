package org.stek.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.stek.BuildOptions;
import org.stek.Stek;
import org.stek.report.Problem;
import org.stek.report.Problems;
import org.stek.search.LuceneSearch;
import org.stek.search.SearchIndex;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code stek suggest}: "Bedoelde je …?", the suggestion the search page makes for a query. */
@Command(
    name = "suggest",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description =
        "Suggests a correction of a query whose words the site does not have, as the search page"
            + " does (see docs/search.md).")
final class SuggestCommand implements Callable<Integer> {
  @Mixin ContentOptions content;

  @Option(names = "--json", description = "Print {\"query\": ..., \"suggestion\": ... or null}.")
  boolean json;

  @Parameters(paramLabel = "QUERY", arity = "0..*", description = "The query.")
  List<String> query = List.of();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Problems problems = new Problems();
    BuildOptions options =
        new BuildOptions(content.content, content.theme, null, content.drafts, content.today());
    Stek.Content c = Stek.read(options, problems);
    try (SearchIndex index = SearchCommand.open(c)) {
      if (index == null) {
        PrintWriter err = spec.commandLine().getErr();
        for (Problem p : problems.sorted()) err.println(p.format());
        err.println("stek: the content has errors; nothing was searched");
        return Main.CONTENT_ERRORS;
      }
      String text = String.join(" ", query);
      String suggestion = new LuceneSearch(index, SearchCommand.synonyms(c)).suggest(text);
      if (json) out.println(json(text, suggestion));
      else out.println(suggestion == null ? "No suggestion." : suggestion);
      out.flush();
      return Main.OK;
    }
  }

  static String json(String query, String suggestion) throws IOException {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
      g.writeStartObject();
      g.writeStringField("query", query);
      g.writeStringField("suggestion", suggestion);
      g.writeEndObject();
    }
    return w.toString();
  }
}
