package org.stek.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stek.TestSite;

/**
 * {@code stek import} on spreadsheets as Excel, LibreOffice and a library write them, into a
 * content folder with the sample site's site.yaml; the cards it writes must pass {@code stek
 * check}.
 */
class ImportCommandTest {
  static final Path FIXTURES = TestSite.REPO.resolve("generator/src/test/resources/spreadsheet");

  @TempDir Path dir;
  Path content;

  @BeforeAll
  static void fixToday() {
    ImportCommand.today = TestSite.TODAY;
  }

  @BeforeEach
  void siteYaml() throws IOException {
    content = dir.resolve("content");
    Files.createDirectories(content);
    Files.writeString(content.resolve("site.yaml"), withoutSections(sampleSiteYaml()));
  }

  private static String sampleSiteYaml() throws IOException {
    return Files.readString(TestSite.REPO.resolve("content/site.yaml"));
  }

  /**
   * The sample's site.yaml without its declared sections: most fixtures have the body in one
   * column, and a card without the sample's required sections would fail check for that alone. The
   * walk-through's sheet has a column per section and is imported into the sample's own site.yaml.
   */
  private static String withoutSections(String yaml) {
    StringBuilder out = new StringBuilder();
    boolean skipping = false;
    for (String line : yaml.split("\n", -1)) {
      if (line.equals("sections:")) skipping = true;
      else if (skipping && !line.isEmpty() && !Character.isWhitespace(line.charAt(0)))
        skipping = false;
      if (!skipping) out.append(line).append('\n');
    }
    return out.substring(0, out.length() - 1);
  }

  private Cli importing(String... args) {
    return Cli.run(
        Stream.concat(
                Stream.of("import"),
                Stream.concat(Stream.of(args), Stream.of("--content", content.toString())))
            .toArray(String[]::new));
  }

  private String card(String slug) throws IOException {
    return Files.readString(content.resolve("practices/" + slug + ".md"));
  }

  private void assertChecks() {
    Cli check = Cli.run("check", "--content", content.toString(), "--format", "text");
    assertEquals(0, check.exit(), check.out() + check.err());
    assertTrue(check.out().contains("0 errors, 0 warnings"), check.out() + check.err());
  }

  @Test
  void excelDutchCsvInWindows1252WithSemicolons() throws IOException {
    Cli r = importing(FIXTURES.resolve("praktijken-excel-nl.csv").toString());
    assertEquals(0, r.exit(), r.out() + r.err());
    assertTrue(r.out().contains("3 new, 0 updated, 0 unchanged, 1 empty rows skipped"), r.out());
    String brugge = card("onderwijscafe-in-brugge");
    assertTrue(
        brugge.startsWith(
            """
            ---
            title: "Onderwijscafé in Brugge"
            summary: "Eén keer per trimester praten onderwijsmensen in een cafésfeer over één thema."
            organisation: "Stad Brugge"
            municipality: "Brugge"
            themes: [onderwijs, diversiteit, gender]
            target_groups: [zorgcoordinatoren, clb]
            school_levels: [basisonderwijs, secundair-onderwijs]
            region: "west-vlaanderen"
            country: "BE"
            reach: 2
            recurrence: 3
            contact:
              name: "Dienst Onderwijs, Stad Brugge"
              email: "onderwijs@example.org"
            links:
              - title: "Het programma"
                url: "https://example.org/onderwijscafe"
            published: 2024-10-14
            ---
            ## Wat?

            Elk trimester één onderwerp, van meertaligheid tot genderidentiteit.

            Na een lesdag, met een broodje.

            ## Wie?

            De Dienst Onderwijs en de Dienst Diversiteit: samen “regie” en "gastheer".

            ## Hoe werkt het?

            - een uitnodiging met het onderwerp
            - een kleine groep van ± 50 mensen
            - korte mails
            """),
        brugge);
    String brussel = card("leerkrachten-leren-van-elkaar");
    assertTrue(brussel.contains("\nreach: 3\nrecurrence: 4\n"), brussel);
    assertTrue(brussel.contains("\npublished: 2025-03-12\n"), brussel);
    String zorg = card("zorg-en-lesgeven-korte-lijnen");
    assertTrue(zorg.contains("\ntarget_groups: [zorgcoordinatoren, ouders]\n"), zorg);
    assertTrue(zorg.contains("\ncountry: \"NL\"\nreach: 2\nrecurrence: 2\n"), zorg);
    assertTrue(zorg.contains("\npublished: 2025-03-12\n"), zorg);
    assertChecks();
  }

  @Test
  void utf8CsvWithByteOrderMarkEnglishHeadersAndTheBodyInOneColumn() throws IOException {
    Cli r = importing(FIXTURES.resolve("practices-utf8-bom.csv").toString());
    assertEquals(0, r.exit(), r.out() + r.err());
    String card = card("klassen-meet-ups");
    assertTrue(card.startsWith("---\ntitle: \"Klassen meet-ups\"\n"), card);
    assertTrue(
        card.contains(
            "policy makers meet per province to talk about equal opportunities — and act on it.\""),
        card);
    assertTrue(
        card.contains(
            "\nthemes: [kansengelijkheid, samenwerking]\ntarget_groups: [leerkrachten, directies]\n"),
        card);
    assertTrue(
        card.contains(
            "\nreach: 4\nrecurrence: 2\npartners: [\"Stichting leerKRACHT\", \"Omroep HUMAN\"]\n"),
        card);
    assertTrue(
        card.endsWith(
            "---\nKlassen reist door het hele land.\n\nIn elke provincie één meet-up, met break-outs per thema.\n\n## Hoe werkt het?\n\n1. kijken\n2. praten\n3. doen\n"),
        card);
    assertChecks();
  }

  @Test
  void xlsxWrittenByLibreOfficeWithDateCellsAndAMissingRow() throws IOException {
    Cli r = importing(FIXTURES.resolve("praktijken-libreoffice.xlsx").toString());
    assertEquals(0, r.exit(), r.out() + r.err());
    assertTrue(r.out().contains("2 new"), r.out());
    String first = card("studiedagen-voor-basisschoolcoaches");
    assertTrue(
        first.contains(
            "\nthemes: [professionalisering]\nreach: 2\nrecurrence: 3\nstarted: 2019\npublished: 2025-03-12\n"),
        first);
    assertTrue(
        first.endsWith(
            "## Wat?\n\nTwee studiedagen en vier intervisies per schooljaar.\n\nDe directeuren sluiten deels aan.\n"),
        first);
    String second = card("intervisie-opleiden-in-de-school");
    assertTrue(
        second.contains(
            "\nthemes: [professionalisering, samenwerking]\nreach: 2\nrecurrence: 4\npublished: 2024-10-14\n"),
        second);
    assertChecks();
  }

  @Test
  void xlsxWrittenByTheLibraryPicksItsSheetByName() throws IOException {
    Path book = dir.resolve("werkboek.xlsx");
    try (OutputStream os = Files.newOutputStream(book)) {
      Workbook wb = new Workbook(os, "Stek", "1.0");
      Worksheet about = wb.newWorksheet("Toelichting");
      about.value(0, 0, "Eén praktijk per rij, op het tweede blad.");
      Worksheet ws = wb.newWorksheet("Praktijken");
      List<String> headers =
          List.of(
              "Titel",
              "Samenvatting",
              "Organisatie",
              "Thema's",
              "Bereik",
              "Terugkerend",
              "Gepubliceerd op",
              "Concept");
      for (int c = 0; c < headers.size(); c++) ws.value(0, c, headers.get(c));
      ws.value(1, 0, "Klassen in de klas");
      ws.value(1, 1, "Fragmenten, kijkvragen en opdrachten over kansenongelijkheid voor de klas.");
      ws.value(1, 2, "Omroep HUMAN, IDFA en Movies that Matter");
      ws.value(1, 3, "Kansengelijkheid\nOnderwijs");
      ws.value(1, 4, 4);
      ws.value(1, 5, 3.0);
      ws.value(1, 6, LocalDate.of(2025, 3, 12));
      ws.style(1, 6).format("dd/mm/yyyy").set();
      ws.value(1, 7, false);
      wb.finish();
    }
    Cli wrong = importing(book.toString(), "--sheet", "Praktijkn");
    assertEquals(1, wrong.exit(), wrong.out() + wrong.err());
    assertTrue(
        wrong
            .err()
            .contains(
                book
                    + ":1:1: error: the workbook has no sheet 'Praktijkn' (did you mean 'Praktijken'?)"),
        wrong.err());

    Cli r = importing(book.toString(), "--sheet", "Praktijken");
    assertEquals(0, r.exit(), r.out() + r.err());
    String card = card("klassen-in-de-klas");
    assertTrue(
        card.contains(
            "\nthemes: [onderwijs, kansengelijkheid]\nreach: 4\nrecurrence: 3\npublished: 2025-03-12\ndraft: false\n---\n"),
        card);
    assertChecks();
  }

  @Test
  void everyProblemAtOnceWithRowAndColumnAndNothingWritten() throws IOException {
    Files.createDirectories(content.resolve("practices"));
    Path existing = content.resolve("practices/bestaat-al.md");
    Files.writeString(existing, "---\ntitle: \"Bestaat al\"\n---\n");
    Path sheet = FIXTURES.resolve("fouten.csv");
    Cli r = importing(sheet.toString());
    assertEquals(1, r.exit(), r.out() + r.err());
    String f = sheet.toString();
    for (String line :
        List.of(
            f
                + ":1:3: error: column C 'Organsatie' is no field (did you mean 'Organisatie'? To make it a section of the text, map it in --map)",
            f
                + ":1:1: error: no column for 'Organisatie' (organisation), which every new card needs",
            f
                + ":3:4: error: column D 'Thema's': unknown value 'Onderwjs' (did you mean 'Onderwijs'?)",
            f + ":4:5: error: column E 'Regio': 'region' takes one value, found 2",
            f + ":4:6: error: column F 'Bereik': '5 op 4' is outside the scale 1..4",
            f + ":4:7: error: column G 'Terugkerend': 'Heel vaak' is not a level of Terugkerend",
            f
                + ":4:8: error: column H 'Gepubliceerd op': '31-02-2025' is not a date (write it as 2025-03-12, 12-03-2025, 12/03/2025 or 12 maart 2025)",
            f + ":4:9: error: column I 'Gestart in': '1700' is not a year such as 2019",
            f + ":4:10: error: column J 'Concept': 'misschien' is not yes or no",
            f
                + ":4:11: error: column K 'Contact e-mailadres': 'jan(at)example.org' is not an e-mail address",
            f
                + ":4:12: error: column L 'Links': the link https://example.org/zonder-titel has no title",
            f + ":5:1: error: column A 'Titel': the title is empty",
            f + ":6:1: error: row 6 makes the same card as row 2: goed-begin.md",
            f
                + ":7:1: error: row 7: "
                + existing
                + " already exists; it is never overwritten (to change the fields this sheet has, run again with --update)",
            f
                + ":8:2: error: column B 'Samenvatting': a new card needs this field; the cell is empty",
            f + ":8:8: error: column H 'Gepubliceerd op': '12 maartt 2025' is not a date",
            // after an empty line: still the spreadsheet's row number
            f + ":10:7: error: column G 'Terugkerend': '9' is outside the scale 1..4")) {
      assertTrue(r.err().contains(line), "no line\n" + line + "\nin\n" + r.err());
    }
    assertTrue(r.err().contains("nothing written"), r.err());
    try (Stream<Path> files = Files.list(content.resolve("practices"))) {
      assertEquals(List.of(existing), files.toList());
    }
  }

  @Test
  void theCardsAreCheckedAsStekCheckWouldBeforeAnythingIsWritten() throws IOException {
    Files.writeString(content.resolve("site.yaml"), sampleSiteYaml());
    Path sheet = dir.resolve("secties.csv");
    Files.writeString(
        sheet,
        """
        Titel;Samenvatting;Organisatie;Thema's;Bereik;Terugkerend;Gepubliceerd op;Wat?;Wie?;Tekst
        Twee hoofden;Twee scholen delen wat ze goed kunnen.;Onderwijscentrum Brussel;samenwerking;1;2;2025-03-12;Bezoeken.;;Inleiding.
        Drie hoofden;Drie scholen delen wat ze goed kunnen.;Onderwijscentrum Brussel;samenwerking;1;2;2025-03-12;Bezoeken.;Drie scholen.;"Inleiding.

        ## Waarom?

        Van elkaar leren, zoals [in Gent](gent.md)."
        """);
    Cli bad = importing(sheet.toString());
    assertEquals(1, bad.exit(), bad.out() + bad.err());
    // The rules of stek check itself (markdown.SectionCheck), told at the row with the card's place
    String card = Path.of("practices", "twee-hoofden.md").toString();
    for (String section : List.of("Wie?", "Waarom?")) {
      assertTrue(
          Pattern.compile(
                  Pattern.quote(sheet + ":2:1: error: the card of row 2 (" + card + ":")
                      + "\\d+:\\d+\\): the required section '"
                      + Pattern.quote(section)
                      + "' is missing")
              .matcher(bad.err())
              .find(),
          section + " in\n" + bad.err());
    }
    // Any rule of the check, not only the sections: a link to a card that does not exist
    assertTrue(
        bad.err().contains("the link 'gent.md' names a card that does not exist"), bad.err());
    assertTrue(bad.err().contains(sheet + ":3:1: error: the card of row 3"), bad.err());
    assertFalse(Files.exists(content.resolve("practices")), "nothing is written");

    Files.writeString(
        sheet,
        Files.readString(sheet)
            .replace(
                "Bezoeken.;;Inleiding.",
                "Bezoeken.;Twee scholen.;\"Inleiding.\n\n## Waarom?\n\nOmdat het kan.\"")
            .replace("[in Gent](gent.md)", "in Gent"));
    Cli r = importing(sheet.toString());
    assertEquals(0, r.exit(), r.out() + r.err());
    assertChecks();
  }

  @Test
  void valuesSiteYamlLacksAreGatheredIntoTheLinesThatDeclareThemButTyposAreNot()
      throws IOException {
    Path sheet = dir.resolve("eigen.csv");
    Files.writeString(
        sheet,
        """
        Titel;Samenvatting;Organisatie;Thema's;Bereik;Terugkerend;Gepubliceerd op
        Een;Eerste.;School;Armoedebestrijding, onderwijs;1;2;2025-03-12
        Twee;Tweede.;School;Onderwjs;1;2;2025-03-12
        Drie;Derde.;School;"armoedebestrijding; Schoolsport";1;2;2025-03-12
        """);
    Cli bad = importing(sheet.toString());
    assertEquals(1, bad.exit(), bad.out() + bad.err());
    assertTrue(
        bad.err()
            .contains(
                "The sheet names 2 values that "
                    + content.resolve("site.yaml")
                    + " does not list, and none is close to one it does."),
        bad.err());
    assertTrue(
        bad.err()
            .contains(
                "  themes:\n    values:\n"
                    + "      - {key: armoedebestrijding, label: {nl: \"Armoedebestrijding\"}}   # rows 2, 4\n"
                    + "      - {key: schoolsport, label: {nl: \"Schoolsport\"}}   # row 4\n"),
        bad.err());
    assertFalse(bad.err().contains("key: onderwjs"), "a typo is not a new value: " + bad.err());

    // Pasted under the themes' values, and the typo mended, the sheet imports.
    String yaml = Files.readString(content.resolve("site.yaml"));
    int themes = yaml.indexOf("\n  themes:\n");
    int values = yaml.indexOf("    values:\n", themes) + "    values:\n".length();
    Files.writeString(
        content.resolve("site.yaml"),
        yaml.substring(0, values)
            + "      - {key: armoedebestrijding, label: {nl: \"Armoedebestrijding\"}}\n"
            + "      - {key: schoolsport, label: {nl: \"Schoolsport\"}}\n"
            + yaml.substring(values));
    Files.writeString(sheet, Files.readString(sheet).replace("Onderwjs", "Onderwijs"));
    Cli r = importing(sheet.toString());
    assertEquals(0, r.exit(), r.out() + r.err());
    assertTrue(card("drie").contains("themes: [armoedebestrijding, schoolsport]"), card("drie"));
    assertChecks();
  }

  @Test
  void aMappingFileNamesOtherHeadersAndItsOwnMistakesAtTheirLine() throws IOException {
    Path sheet = dir.resolve("projecten.csv");
    Files.writeString(
        sheet,
        """
        Naam van het project;Omschrijving;Wie doet het;Thema;Bereik;Terugkerend;Datum;Doel;Interne notitie
        Twee hoofden;Twee scholen delen wat ze goed kunnen.;Onderwijscentrum Brussel;samenwerking;1;2;2025-03-12;Van elkaar leren.;niet publiceren
        """);
    Path map = dir.resolve("map.yaml");
    Files.writeString(
        map,
        """
        Naam van het project: title
        Omschrijving: Samenvatting
        Wie doet het: organisation
        Datum: published
        Doel: "## Waarom?"
        Interne notitie: titel2
        """);
    Cli bad = importing(sheet.toString(), "--map", map.toString());
    assertEquals(1, bad.exit(), bad.out() + bad.err());
    assertTrue(
        bad.err()
            .contains(
                map
                    + ":6:18: error: 'Interne notitie' is mapped to 'titel2', which is no field (did you mean 'title'?)"),
        bad.err());

    Files.writeString(map, Files.readString(map).replace("titel2", "skip"));
    Cli r = importing(sheet.toString(), "--map", map.toString());
    assertEquals(0, r.exit(), r.out() + r.err());
    String card = card("twee-hoofden");
    assertTrue(
        card.startsWith(
            "---\ntitle: \"Twee hoofden\"\nsummary: \"Twee scholen delen wat ze goed kunnen.\"\norganisation: \"Onderwijscentrum Brussel\"\nthemes: [samenwerking]\n"),
        card);
    assertTrue(card.endsWith("---\n## Waarom?\n\nVan elkaar leren.\n"), card);
    assertFalse(card.contains("publiceren"), card);
    assertChecks();
  }

  @Test
  void updateChangesOnlyTheSheetsFieldsInPlaceAndDryRunWritesNothing() throws IOException {
    Files.createDirectories(content.resolve("practices"));
    Path file = content.resolve("practices/twee-hoofden.md");
    String before =
        """
        ---
        # Bewerkt door de redactie
        title: "Twee hoofden"
        summary: "Twee scholen delen wat ze goed kunnen."
        themes: [samenwerking]
        organisation: "Onderwijscentrum Brussel"
        reach: 1
        recurrence: 2
        # de datum van de eerste versie
        published: 2024-01-15
        contact:
          name: "Onderwijscentrum Brussel"
          url: "https://example.org"
        ---
        Inleiding die blijft.

        ## Wat?

        Oude tekst.

        ## Waarom?

        Blijft staan.
        """;
    Files.writeString(file, before);
    Path sheet = dir.resolve("update.csv");
    Files.writeString(
        sheet,
        """
        Titel;Bereik;Thema's;Contact e-mailadres;Wat?;Hoe werkt het?
        Twee hoofden;Regionaal;Samenwerking, Professionalisering;info@example.org;Nieuwe tekst.;Zo.
        """);
    Cli refused = importing(sheet.toString());
    assertEquals(1, refused.exit(), refused.err());
    assertEquals(before, Files.readString(file));

    Cli dry = importing(sheet.toString(), "--update", "--dry-run");
    assertEquals(0, dry.exit(), dry.out() + dry.err());
    assertTrue(
        dry.out()
            .contains(
                "row 2: would update "
                    + file
                    + " (title, reach, themes, contact, ## Wat?, ## Hoe werkt het?)"),
        dry.out());
    assertEquals(before, Files.readString(file));

    Cli r = importing(sheet.toString(), "--update");
    assertEquals(0, r.exit(), r.out() + r.err());
    assertEquals(
        """
        ---
        # Bewerkt door de redactie
        title: "Twee hoofden"
        summary: "Twee scholen delen wat ze goed kunnen."
        themes: [professionalisering, samenwerking]
        organisation: "Onderwijscentrum Brussel"
        reach: 3
        recurrence: 2
        # de datum van de eerste versie
        published: 2024-01-15
        contact:
          name: "Onderwijscentrum Brussel"
          email: "info@example.org"
          url: "https://example.org"
        ---
        Inleiding die blijft.

        ## Wat?

        Nieuwe tekst.

        ## Waarom?

        Blijft staan.

        ## Hoe werkt het?

        Zo.
        """,
        Files.readString(file));
    Cli again = importing(sheet.toString(), "--update");
    assertTrue(again.out().contains("0 new, 0 updated, 1 unchanged"), again.out());
    assertChecks();
  }

  @Test
  void theWalkThroughsThirtyPracticesImportFromXlsxAndCsvAlikeAndPassCheck() throws IOException {
    Path docs = TestSite.REPO.resolve("docs/import");
    Files.writeString(content.resolve("site.yaml"), sampleSiteYaml());
    Cli r = importing(docs.resolve("praktijken.xlsx").toString());
    assertEquals(0, r.exit(), r.out() + r.err());
    assertTrue(r.out().contains("30 new"), r.out());
    assertChecks();
    Cli check = Cli.run("check", "--content", content.toString(), "--format", "text");
    assertTrue(check.out().contains("30 practices"), check.out());

    Path fromCsv = dir.resolve("from-csv");
    Files.createDirectories(fromCsv);
    Files.copy(content.resolve("site.yaml"), fromCsv.resolve("site.yaml"));
    Cli csv =
        Cli.run(
            "import", docs.resolve("praktijken.csv").toString(), "--content", fromCsv.toString());
    assertEquals(0, csv.exit(), csv.out() + csv.err());
    assertTrue(
        csv.out().contains("30 new, 0 updated, 0 unchanged, 1 empty rows skipped"), csv.out());
    try (Stream<Path> files = Files.list(content.resolve("practices"))) {
      for (Path card : files.toList()) {
        assertEquals(
            Files.readString(card),
            Files.readString(fromCsv.resolve("practices").resolve(card.getFileName())),
            card.getFileName().toString());
      }
    }
  }
}
