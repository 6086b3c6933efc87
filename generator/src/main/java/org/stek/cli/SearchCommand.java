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
import org.stek.config.SiteConfig;
import org.stek.report.Problem;
import org.stek.report.Problems;
import org.stek.search.LuceneSearch;
import org.stek.search.SearchAnalyzer;
import org.stek.search.SearchDocuments;
import org.stek.search.SearchHit;
import org.stek.search.SearchIndex;
import org.stek.search.SynonymGraph;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code stek search}: answers a query with Lucene, exactly as the site's search ranks it. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description =
        "Searches the cards with Lucene, with the semantics of the site's search page"
            + " (see docs/search.md).")
final class SearchCommand implements Callable<Integer> {
  @Mixin ContentOptions content;

  @Option(names = "--json", description = "Print [{\"url\", \"title\", \"score\"}, ...].")
  boolean json;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "At most N results (default: ${DEFAULT-VALUE}).",
      defaultValue = "10")
  int limit;

  @Option(
      names = "--prefix",
      description = "Treat the last word as a prefix, as the search box does while typing.")
  boolean prefix;

  @Parameters(
      paramLabel = "QUERY",
      arity = "0..*",
      description = "The query; \"quoted words\" are a phrase.")
  List<String> query = List.of();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Problems problems = new Problems();
    BuildOptions options =
        new BuildOptions(content.content, content.theme, null, content.drafts, content.today());
    Stek.Content c = Stek.read(options, problems);
    try (SearchIndex index = open(c)) {
      if (index == null) {
        for (Problem p : problems.sorted()) err.println(p.format());
        err.println("stek: the content has errors; nothing was searched");
        return Main.CONTENT_ERRORS;
      }
      List<SearchHit> hits =
          new LuceneSearch(index, synonyms(c)).search(String.join(" ", query), prefix, limit);
      if (json) out.println(json(hits));
      else if (hits.isEmpty()) out.println("No results.");
      else {
        int i = 1;
        for (SearchHit h : hits)
          out.printf("%2d. %s  (%.4f)  %s%n", i++, h.title(), h.score(), h.url());
      }
      out.flush();
      return Main.OK;
    }
  }

  /**
   * Reads a content folder the way a build does and indexes it; null when the content has errors
   * (they are in {@code problems}).
   */
  static SearchIndex open(Stek.Content c) {
    return c == null
        ? null
        : SearchIndex.build(SearchDocuments.of(c.kb(), c.bodies()), c.kb().config().language());
  }

  /** The site's synonym groups, as the search page gets them. */
  static SynonymGraph synonyms(Stek.Content c) {
    SiteConfig config = c.kb().config();
    return SynonymGraph.of(
        config.synonyms(), SearchAnalyzer.forLanguage(config.language()), null, null);
  }

  static String json(List<SearchHit> hits) throws IOException {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
      g.writeStartArray();
      for (SearchHit h : hits) {
        g.writeStartObject();
        g.writeStringField("url", h.url());
        g.writeStringField("title", h.title());
        g.writeNumberField("score", h.score());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    return w.toString();
  }
}
