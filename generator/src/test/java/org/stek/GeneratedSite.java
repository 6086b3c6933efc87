package org.stek;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A mini knowledge base shared by the page tests: five practices (one with an image and links to a
 * card, a recommendation section and a page), one recommendation, one page.
 */
public final class GeneratedSite {
  private GeneratedSite() {}

  public static TestSite write(Path dir) {
    TestSite site =
        TestSite.in(dir)
            .file(
                "practices/cafe.md",
                """
                ---
                title: Onderwijscafé Brugge
                summary: Ouders, leraren en buurtbewoners praten in een café over school.
                themes: [onderwijs, meertaligheid]
                organisation: Stad Brugge
                municipality: Brugge
                region: west-vlaanderen
                country: BE
                reach: 2
                recurrence: 3
                published: 2025-03-12
                partners: [CLB Brugge]
                contact: {name: Els, email: els@brugge.be, url: "https://www.brugge.be/"}
                links:
                  - {title: Verslag, url: "https://example.org/verslag"}
                image: {file: foto.svg, alt: Ouders en leraren aan een tafel}
                ---
                ## Wat?
                Een café over onderwijs, met [Klassen](klassen.md) als voorbeeld en
                [wie de buurt kent](../recommendations/buurt.md#wie). Lees ook [over ons](../pages/over.md).

                ![Het café](foto.svg)

                ## Hoe werkt het?
                | Wanneer | Wat |
                |---|---|
                | Maandag | Gesprek over onderwijs en meertaligheid |
                """)
            .bytes("practices/foto.svg", svg())
            .practice(
                "klassen",
                "Klassen meet-ups",
                "onderwijs, pesten",
                "Leraren leren van elkaar in meet-ups over onderwijs en klasmanagement.")
            .practice(
                "leerkracht",
                "leerKRACHT meet-up",
                "onderwijs",
                "Scholen bespreken samen thema's over onderwijs en verbeteren hun lessen.")
            .practice(
                "brussel",
                "Scholen in Brussel leren van elkaar",
                "onderwijs, meertaligheid",
                "Brusselse scholen wisselen ervaring uit over meertaligheid en onderwijs.")
            .practice(
                "den-bosch",
                "Studiedagen voor schoolcoaches",
                "pesten",
                "Schoolcoaches in Den Bosch volgen studiedagen over pesten en praktijkrelevantie.")
            .file(
                "recommendations/buurt.md",
                """
                ---
                title: Begrijp de leefwereld via de buurt
                summary: Leer leerlingen kennen via hun buurt.
                themes: [onderwijs]
                practices: [cafe, klassen]
                ---
                ## Wie?
                Scholen, ouders en buurtwerkers. Zie het [Onderwijscafé](../practices/cafe.md).
                """)
            .file(
                "pages/over.md",
                """
                ---
                title: Over deze kennisbank
                ---
                Een verzameling [inspirerende voorbeelden](../practices/cafe.md).
                """);
    return site;
  }

  static byte[] svg() {
    try {
      return Files.readAllBytes(Path.of("src/test/resources/cards/foto.svg"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
