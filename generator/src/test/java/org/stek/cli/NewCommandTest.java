package org.stek.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stek.TestSite;
import org.stek.config.CardType;

class NewCommandTest {
  @TempDir Path dir;

  @BeforeAll
  static void fixToday() {
    NewCommand.today = TestSite.TODAY;
  }

  private Cli check(TestSite site) {
    return Cli.run(
        "check",
        "--content",
        site.content().toString(),
        "--theme",
        TestSite.REPO.resolve("themes/default").toString(),
        "--format",
        "text");
  }

  @Test
  void newPracticeHasEveryFieldAndPassesCheckOnceFilledIn() throws IOException {
    TestSite site = TestSite.in(dir);
    Cli made =
        Cli.run(
            "new", "practice", "Onderwijscafé in Brugge", "--content", site.content().toString());
    assertEquals(0, made.exit(), made.err());
    Path card = site.content().resolve("practices/onderwijscafe-in-brugge.md");
    String text = Files.readString(card);
    assertTrue(text.contains("title: \"Onderwijscafé in Brugge\""), text);
    for (String field :
        List.of(
            "summary:",
            "organisation:",
            "municipality:",
            "themes:",
            "region:",
            "country:",
            "reach:",
            "recurrence:",
            "partners:",
            "started:",
            "contact:",
            "links:",
            "image:",
            "published: 2026-11-25",
            "updated:",
            "draft: false")) {
      assertTrue(text.contains("\n" + field), "no line " + field + " in\n" + text);
    }
    // site.yaml's values, with their meaning, in comments
    assertTrue(text.contains("#   pesten = Pesten: Pesten voorkomen en aanpakken."), text);
    assertTrue(text.contains("#   2 = Beperkt: Enkele scholen."), text);
    assertTrue(text.contains("#   noord-brabant = Noord-Brabant"), text);
    for (String section : List.of("## Wat?", "## Wie?", "## Waarom?", "## Hoe werkt het?")) {
      assertTrue(text.contains(section), section);
    }

    // As written, check names each empty required field at its own line.
    Cli before = check(site);
    assertEquals(1, before.exit(), before.out() + before.err());
    for (String field : List.of("summary", "organisation", "themes", "reach", "recurrence")) {
      int line = lineOf(text, field + ":");
      assertTrue(
          before
              .err()
              .contains(
                  "onderwijscafe-in-brugge.md:"
                      + line
                      + ":1: error: the required field '"
                      + field
                      + "' is empty"),
          field + " at line " + line + " in\n" + before.err());
    }

    Files.writeString(
        card,
        text.replace("\nsummary:\n", "\nsummary: Leerkrachten ontmoeten elkaar in een café.\n")
            .replace("\norganisation:\n", "\norganisation: Stad Brugge\n")
            .replace("\nthemes:\n", "\nthemes: [onderwijs]\n")
            .replace("\nreach:\n", "\nreach: 2\n")
            .replace("\nrecurrence:\n", "\nrecurrence: 3\n"));
    Cli after = check(site);
    assertEquals(0, after.exit(), after.err());
    assertTrue(
        after
            .out()
            .contains(
                "1 practices, 0 recommendations, 0 pages, 0 organisations, 0 events checked: 0 errors"),
        after.out());
  }

  @Test
  void newRecommendationAndPagePassCheckOnceFilledIn() throws IOException {
    TestSite site = TestSite.in(dir).practice("klassen", "Klassen", "onderwijs", "Tekst.");
    String c = site.content().toString();
    assertEquals(0, Cli.run("new", "recommendation", "Pesten voorkomen", "--content", c).exit());
    assertEquals(0, Cli.run("new", "page", "Over Stek", "--content", c).exit());
    Path rec = site.content().resolve("recommendations/pesten-voorkomen.md");
    Path page = site.content().resolve("pages/over-stek.md");
    assertTrue(Files.readString(page).contains("title: \"Over Stek\""));
    assertEquals(1, check(site).exit());
    Files.writeString(
        rec,
        Files.readString(rec)
            .replace("\nsummary:\n", "\nsummary: Samen tegen pesten.\n")
            .replace("\npractices:\n", "\npractices: [klassen]\n"));
    Cli after = check(site);
    assertEquals(0, after.exit(), after.err());
  }

  @Test
  void newPracticeHasTheDeclaredSectionsWithTheirHelpAndCheckDemandsTheRequiredOnes()
      throws IOException {
    TestSite site =
        TestSite.in(dir)
            .file(
                "site.yaml",
                TestSite.SITE_YAML
                    + """
                    sections:
                      practice:
                        - {key: doel, heading: {nl: "Doel", en: "Aim"}, help: {nl: "Wat wil de aanpak bereiken?", en: "What is it for?"}, required: true}
                        - {key: aanpak, heading: {nl: "Aanpak", en: "Approach"}, help: {nl: "Hoe gaat het in zijn werk?", en: "How?"}}
                    """);
    Cli made = Cli.run("new", "practice", "Schoolkantine", "--content", site.content().toString());
    assertEquals(0, made.exit(), made.err());
    String text = Files.readString(site.content().resolve("practices/schoolkantine.md"));
    String body = text.substring(text.indexOf("\n---\n", 4) + 5);
    // Only the declared headings, in order, each with its help; the usual ones are gone.
    assertEquals(
        List.of("## Doel", "## Aanpak"),
        body.lines().filter(l -> l.startsWith("## ")).toList(),
        body);
    assertTrue(body.contains("Wat wil de aanpak bereiken?"), body);
    assertTrue(body.contains("Hoe gaat het in zijn werk?"), body);
    assertTrue(body.indexOf("Wat wil") < body.indexOf("## Aanpak"), body);

    // Filled in but for the sections: check names the empty required section, and only that one.
    Files.writeString(
        site.content().resolve("practices/schoolkantine.md"),
        text.replace("\nsummary:\n", "\nsummary: Gezond eten op school.\n")
            .replace("\norganisation:\n", "\norganisation: Stad Brugge\n")
            .replace("\nthemes:\n", "\nthemes: [onderwijs]\n")
            .replace("\nreach:\n", "\nreach: 2\n")
            .replace("\nrecurrence:\n", "\nrecurrence: 3\n"));
    Cli after = check(site);
    assertEquals(1, after.exit(), after.out() + after.err());
    List<String> errors = after.err().lines().filter(l -> l.contains(": error: ")).toList();
    assertEquals(1, errors.size(), after.err());
    assertTrue(errors.get(0).contains("Doel"), errors.get(0));
  }

  @Test
  void newOrganisationIsAProfileThatPassesCheckOnceFilledIn() throws IOException {
    TestSite site =
        TestSite.in(dir)
            .file(
                "site.yaml",
                TestSite.SITE_YAML + "organisations:\n  offers: themes\n  seeks: themes\n")
            .practice("klassen", "Klassen", "onderwijs", "Tekst.");
    Cli made =
        Cli.run(
            "new", "organisation", "Basisschool De Linde", "--content", site.content().toString());
    assertEquals(0, made.exit(), made.err());
    Path card = site.content().resolve("organisations/basisschool-de-linde.md");
    String text = Files.readString(card);
    assertTrue(text.contains("\nname: \"Basisschool De Linde\"\n"), text);
    for (String field :
        List.of(
            "description:",
            "kind:",
            "place:",
            "website:",
            "contact:",
            "logo:",
            "offers: []",
            "seeks: []",
            "draft: false")) {
      assertTrue(text.contains("\n" + field + "\n"), "no line " + field + " in\n" + text);
    }
    // what a profile may offer and seek: the themes, with their meaning
    assertTrue(text.contains("#   pesten = Pesten: Pesten voorkomen en aanpakken."), text);

    // As written, check names the empty description at its line, and nothing else.
    Cli before = check(site);
    assertEquals(1, before.exit(), before.out() + before.err());
    List<String> errors = before.err().lines().filter(l -> l.contains(": error: ")).toList();
    assertEquals(1, errors.size(), before.err());
    assertTrue(
        errors
            .get(0)
            .contains(
                "basisschool-de-linde.md:"
                    + lineOf(text, "description:")
                    + ":1: error: the required field 'description' is empty"),
        before.err());

    Files.writeString(
        card,
        text.replace("\ndescription:\n", "\ndescription: Een basisschool die graag deelt.\n")
            .replace("\noffers: []\n", "\noffers: [meertaligheid]\n")
            .replace("\nwebsite:\n", "\nwebsite: https://delinde.example.be/\n"));
    Cli after = check(site);
    assertEquals(0, after.exit(), after.err());
    assertTrue(after.err().isBlank() || !after.err().contains("error"), after.err());
  }

  @Test
  void newEventPassesCheckOnceItsTimesAndPlaceAreFilledIn() throws IOException {
    TestSite site =
        TestSite.in(dir)
            .file("site.yaml", TestSite.SITE_YAML + "time_zone: Europe/Brussels\n")
            .practice("klassen", "Klassen", "onderwijs", "Tekst.");
    Cli made = Cli.run("new", "event", "Studiedag in Gent", "--content", site.content().toString());
    assertEquals(0, made.exit(), made.err());
    Path card = site.content().resolve("events/studiedag-in-gent.md");
    String text = Files.readString(card);
    assertTrue(text.contains("\ntitle: \"Studiedag in Gent\"\n"), text);
    for (String field :
        List.of("start:", "end:", "place:", "registration:", "themes: []", "practices: []")) {
      assertTrue(text.contains("\n" + field + "\n"), "no line " + field + " in\n" + text);
    }
    // As written, check names the three empty required fields at their lines, and nothing else.
    Cli before = check(site);
    List<String> errors = before.err().lines().filter(l -> l.contains(": error: ")).toList();
    assertEquals(
        List.of("start", "end", "place").stream()
            .map(
                f ->
                    "studiedag-in-gent.md:"
                        + lineOf(text, f + ":")
                        + ":1: error: the required"
                        + " field '"
                        + f
                        + "' is empty")
            .toList(),
        errors.stream()
            .map(l -> l.substring(l.indexOf("studiedag-in-gent.md:"), l.indexOf(" in front")))
            .toList(),
        before.err());
    Files.writeString(
        card,
        text.replace("\nstart:\n", "\nstart: 2027-04-14 19:30\n")
            .replace("\nend:\n", "\nend: 2027-04-14 21:00\n")
            .replace("\nplace:\n", "\nplace: Gent\n")
            .replace("\npractices: []\n", "\npractices: [klassen]\n"));
    Cli after = check(site);
    assertEquals(0, after.exit(), after.err());
  }

  @Test
  void initMapsEveryCardFolderToItsSchemaForTheEditor() throws IOException {
    Path kb = dir.resolve("kb");
    Cli init = Cli.run("init", kb.toString());
    assertEquals(0, init.exit(), init.err());
    com.fasterxml.jackson.databind.JsonNode settings =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(kb.resolve(".vscode/settings.json").toFile())
            .get("yaml.schemas");
    assertEquals(
        "content/practices/*.md",
        settings.path("./site/schema/practice.schema.json").asText(),
        settings.toString());
    // Every kind of card has its folder mapped, so a profile or an event written later gets its
    // schema as soon as site.yaml takes it up; the kinds the new site has are written by its build.
    for (CardType t : CardType.values()) {
      assertEquals(
          "content/" + t.folder() + "/*.md",
          settings.path("./site/" + t.schemaUrl()).asText(),
          t + " in " + settings);
    }
    Cli build =
        Cli.run(
            "build",
            "--content",
            kb.resolve("content").toString(),
            "--out",
            kb.resolve("site").toString());
    assertEquals(0, build.exit(), build.err());
    try (var dirs = Files.list(kb.resolve("content"))) {
      for (Path d : dirs.filter(Files::isDirectory).toList()) {
        CardType t =
            java.util.Arrays.stream(CardType.values())
                .filter(x -> x.folder().equals(d.getFileName().toString()))
                .findFirst()
                .orElseThrow();
        assertTrue(Files.isRegularFile(kb.resolve("site/" + t.schemaUrl())), t.schemaUrl());
      }
    }
  }

  @Test
  void refusesToOverwrite() throws IOException {
    TestSite site = TestSite.in(dir).file("practices/klassen.md", "mine\n");
    Cli again = Cli.run("new", "practice", "Klassen", "--content", site.content().toString());
    assertEquals(2, again.exit());
    assertTrue(again.err().contains("already exists; not overwritten"), again.err());
    assertEquals("mine\n", Files.readString(site.content().resolve("practices/klassen.md")));
  }

  @Test
  void unknownTypeIsAUsageError() {
    TestSite site = TestSite.in(dir);
    Cli r = Cli.run("new", "story", "X", "--content", site.content().toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("unknown card type 'story'"), r.err());
  }

  private static int lineOf(String text, String prefix) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) if (lines[i].equals(prefix)) return i + 1;
    throw new AssertionError("no line " + prefix);
  }
}
