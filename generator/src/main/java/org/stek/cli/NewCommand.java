package org.stek.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.stek.config.CardType;
import org.stek.config.SiteConfig;
import org.stek.config.SiteConfigLoader;
import org.stek.content.Slugs;
import org.stek.report.Problem;
import org.stek.report.Problems;
import org.stek.schema.CardTemplate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code stek new practice "Title"}, {@code stek new organisation "Name"}: a new card of any {@code
 * config.CardType} from the template, never over an existing one.
 */
@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Writes a new card with every field, the allowed values from site.yaml in comments, and the"
          + " usual sections. Refuses to overwrite an existing file.",
      "Example: stek new practice \"Onderwijscafé in Brugge\"",
      "A profile, in organisations/: stek new organisation \"Basisschool De Linde\""
    })
final class NewCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      paramLabel = "TYPE",
      description = "The kind of card: ${COMPLETION-CANDIDATES}.",
      completionCandidates = Types.class)
  String type;

  @Parameters(
      index = "1",
      paramLabel = "TITLE",
      description = "The card's title (a profile's name), in quotes.")
  String title;

  @CommandLine.Mixin ContentFolder folder;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Today, for the 'published' field; tests fix it. */
  static LocalDate today = null;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    CardType t;
    try {
      t = CardType.of(type);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "unknown card type '" + type + "': use " + String.join(", ", new Types()));
    }
    if (title.isBlank()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "the title is empty");
    }
    Problems problems = new Problems();
    SiteConfig config = SiteConfigLoader.load(folder.content, problems);
    for (Problem p : problems.sorted()) err.println(p.format());
    if (config == null) {
      err.println("stek: fix site.yaml first: the template lists its values");
      return Main.CONTENT_ERRORS;
    }
    String slug = Slugs.of(title);
    Path file = folder.content.resolve(t.folder()).resolve(slug + ".md");
    String text =
        new CardTemplate(config).of(t, title.strip(), today == null ? LocalDate.now() : today);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    } catch (FileAlreadyExistsException e) {
      err.println(
          "stek: " + file + " already exists; not overwritten (edit it, or pick another title)");
      return Main.USAGE;
    } catch (IOException e) {
      err.println("stek: cannot write " + file + ": " + e.getMessage());
      return Main.USAGE;
    }
    spec.commandLine()
        .getOut()
        .printf(
            "Wrote %s: fill in the empty fields, then run 'stek check' (or watch it in 'stek"
                + " serve').%n",
            file);
    return Main.OK;
  }

  static final class Types extends java.util.ArrayList<String> {
    Types() {
      for (CardType t : CardType.values()) add(t.id());
    }
  }
}
