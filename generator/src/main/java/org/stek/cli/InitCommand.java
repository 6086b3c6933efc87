package org.stek.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.stek.config.CardType;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code stek init [DIR]}: a new knowledge base from the jar alone: a commented site.yaml, an
 * example of each card, a README for the editors, editor settings and CI for GitHub and GitLab, and
 * a copy of the running stek.jar, which the CI runs (so it builds with the version the editors use,
 * and needs nothing downloaded). The files are resources under {@code org/stek/init/}.
 */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Creates a new knowledge base in DIR (default: the current folder), which must be empty:"
          + " content/ with a commented site.yaml and example cards, a README for the editors,"
          + " .vscode settings, GitHub Actions and GitLab CI, and stek.jar itself.",
      "Example: stek init kennisbank --title \"Kennisbank onderwijs Gent\""
    })
final class InitCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "DIR",
      description = "The new knowledge base's folder (default: the current folder).")
  Path dir = Path.of(".");

  @Option(
      names = "--language",
      paramLabel = "nl|en",
      description = "The site's language and the files' (default: ${DEFAULT-VALUE}).",
      defaultValue = "nl")
  Language language;

  @Option(
      names = "--title",
      paramLabel = "TITLE",
      description = "The knowledge base's name (default: Kennisbank, or Knowledge base).")
  String title;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Today, for the examples' 'published' field; tests fix it. */
  static LocalDate today = null;

  enum Language {
    nl,
    en
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    String name = title != null && !title.isBlank() ? title.strip() : defaultTitle();
    try {
      if (!isEmpty(dir)) {
        err.println(
            "stek: "
                + dir
                + " is not empty; init writes only into a new or empty folder (nothing written)");
        return Main.USAGE;
      }
      Map<String, String> files = files(name);
      for (Map.Entry<String, String> f : files.entrySet()) {
        Path target = dir.resolve(f.getKey());
        Files.createDirectories(target.getParent());
        Files.writeString(
            target, f.getValue(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
      }
      Path jar = Version.jar();
      if (jar != null) Files.copy(jar, dir.resolve("stek.jar"));
      else err.println("stek: not run from stek.jar, so no stek.jar copied; add it before CI runs");
    } catch (IOException | UncheckedIOException e) {
      err.println("stek: cannot write the knowledge base in " + dir + ": " + e.getMessage());
      return Main.USAGE;
    }
    String cd = dir.normalize().toString().isEmpty() ? "" : "cd " + dir + " && ";
    spec.commandLine()
        .getOut()
        .printf(
            "Created a knowledge base in %s. Next: %sjava -jar stek.jar serve (a live preview;"
                + " README.md says how to add, check and publish cards).%n",
            dir, cd);
    return Main.OK;
  }

  private String defaultTitle() {
    return language == Language.nl ? "Kennisbank" : "Knowledge base";
  }

  /** The files to write: their path in the new folder and their text. */
  Map<String, String> files(String name) {
    String lang = language.name();
    String cards = lang.equals("nl") ? "voorbeeld" : "example-";
    Map<String, String> sources = new LinkedHashMap<>();
    sources.put("content/site.yaml", lang + "/site.yaml");
    sources.put(
        "content/practices/" + cards + practiceWord() + ".md",
        lang + "/practices/" + cards + practiceWord() + ".md");
    sources.put(
        "content/recommendations/" + cards + recommendationWord() + ".md",
        lang + "/recommendations/" + cards + recommendationWord() + ".md");
    sources.put(
        "content/pages/" + (lang.equals("nl") ? "over" : "about") + ".md",
        lang + "/pages/" + (lang.equals("nl") ? "over" : "about") + ".md");
    sources.put("README.md", lang + "/README.md");
    sources.put(".gitignore", "common/gitignore");
    sources.put(".vscode/settings.json", "common/vscode-settings.json");
    sources.put(".github/workflows/check.yml", "common/github-check.yml");
    sources.put(".github/workflows/publish.yml", "common/github-publish.yml");
    sources.put(".gitlab-ci.yml", "common/gitlab-ci.yml");
    String date = (today == null ? LocalDate.now() : today).toString();
    Map<String, String> files = new LinkedHashMap<>();
    sources.forEach(
        (target, resource) -> {
          String quoted = target.endsWith(".yaml") ? yamlQuoted(name) : name;
          files.put(
              target,
              resource(resource)
                  .replace("{{title}}", quoted)
                  .replace("{{language}}", lang)
                  .replace("{{date}}", date)
                  .replace("{{version}}", Version.number())
                  .replace("{{schemas}}", editorSchemas()));
        });
    return files;
  }

  /** The editor's schema of each card type's folder, as .vscode/settings.json's lines. */
  private static String editorSchemas() {
    return java.util.Arrays.stream(CardType.values())
        .filter(t -> t != CardType.ORGANISATION && t != CardType.EVENT)
        .map(t -> "    \"./site/" + t.schemaUrl() + "\": \"content/" + t.folder() + "/*.md\"")
        .collect(java.util.stream.Collectors.joining(",\n"));
  }

  private String practiceWord() {
    return language == Language.nl ? "praktijk" : "practice";
  }

  private String recommendationWord() {
    return language == Language.nl ? "aanbeveling" : "recommendation";
  }

  /** The inside of a double-quoted YAML string. */
  private static String yamlQuoted(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  private static String resource(String name) {
    try (InputStream in = InitCommand.class.getResourceAsStream("/org/stek/init/" + name)) {
      if (in == null) throw new IllegalStateException("missing resource org/stek/init/" + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A folder that does not exist yet, or holds nothing but a fresh clone's .git. */
  static boolean isEmpty(Path dir) throws IOException {
    if (!Files.exists(dir)) return true;
    if (!Files.isDirectory(dir)) return false;
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.allMatch(p -> p.getFileName().toString().equals(".git"));
    }
  }
}
