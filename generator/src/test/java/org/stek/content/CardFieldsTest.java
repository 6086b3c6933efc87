package org.stek.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each front matter field of the valid fixture card (src/test/resources/cards/valid.md) read into
 * the card's record, or refused with the line an author sees. A field given here replaces the
 * fixture's line of that name, or is added after its last line (line 10 of the file); the image and
 * attachment name a file beside it that need not exist (that is checked later, for all cards).
 */
class CardFieldsTest {
  @TempDir Path dir;

  private CardFixture cards;
  private List<String> problems;

  @BeforeEach
  void fixture() {
    cards = new CardFixture(dir);
    problems = cards.problems;
  }

  private Practice practice(String... fields) {
    return cards.practice(fields);
  }

  @Test
  void theValidCardIsReadIntoItsRecord() {
    Practice p = practice();
    assertEquals(List.of(), problems);
    assertEquals("kaart", p.slug());
    assertEquals("Onderwijscafé", p.title());
    assertEquals("Ouders, leraren en buurtbewoners praten over school.", p.summary());
    assertEquals("Stad Brugge", p.organisation());
    assertEquals(
        Map.of("themes", List.of("onderwijs"), "regions", List.of("west-vlaanderen")), p.terms());
    assertEquals(Map.of("reach", 2, "recurrence", 3), p.ratings());
    assertEquals(Map.of(), p.provenance());
    assertEquals(LocalDate.of(2025, 3, 12), p.published());
    assertNull(p.updated());
    assertNull(p.started());
    assertNull(p.contact());
    assertNull(p.image());
    assertEquals(List.of(), p.links());
    assertEquals(List.of(), p.attachments());
    assertEquals(false, p.draft());
    assertEquals("Een goede kaart.\n", p.source().body());
  }

  @Test
  void optionalFieldsAreRead() {
    Practice p =
        practice(
            "municipality: Brugge",
            "country: BE",
            "partners: [Vzw Ouders, School De Brug]",
            "started: 2019",
            "updated: 2026-01-05",
            "draft: true",
            "themes: [pesten, onderwijs]",
            "contact: {name: Jan Peeters, email: jan@school.be, url: 'https://school.be/cafe'}",
            "links:\n  - {title: Verslag, url: 'https://school.be/verslag'}",
            "image: {file: foto.svg, alt: Ouders aan tafel}",
            "attachments:\n  - {file: ./foto.svg, title: De foto}");
    assertEquals(List.of(), problems);
    assertEquals("Brugge", p.municipality());
    assertEquals("BE", p.country());
    assertEquals(List.of("Vzw Ouders", "School De Brug"), p.partners());
    assertEquals(2019, p.started());
    assertEquals(LocalDate.of(2026, 1, 5), p.updated());
    assertEquals(true, p.draft());
    assertEquals(List.of("onderwijs", "pesten"), p.values("themes"), "site.yaml's order");
    assertEquals(
        new Practice.Contact("Jan Peeters", "jan@school.be", "https://school.be/cafe"),
        p.contact());
    assertEquals(List.of(new Practice.Link("Verslag", "https://school.be/verslag")), p.links());
    assertEquals(new Practice.Image("practices/foto.svg", "Ouders aan tafel"), p.image());
    assertEquals(
        List.of(new Practice.Attachment("practices/foto.svg", "De foto", 21, 12)), p.attachments());
  }

  @Test
  void theYearStartedIsBetween1800AndThisYear() {
    assertEquals(1800, practice("started: 1800").started());
    assertEquals(2026, practice("started: 2026").started());
    assertNull(practice("started: 1799").started());
    assertNull(practice("started: 2027").started());
    assertEquals(
        List.of(
            "10:10: error: 'started' must be a year such as 2019, found 1799"
                + " (the year the practice began)",
            "10:10: error: 'started' must be a year such as 2019, found 2027"
                + " (the year the practice began)"),
        problems);
  }

  @Test
  void countriesAndThemesComeFromSiteYaml() {
    practice("country: BF");
    practice("themes: []");
    practice("themes: [onderwijs, pesten, onderwijs]");
    assertEquals(List.of(), practice("region:").values("regions"));
    assertEquals(
        List.of(
            "10:10: error: unknown country 'BF' (did you mean 'BE'?)",
            "4:1: error: the required field 'themes' is empty in front matter"
                + " (write its value after 'themes:')",
            "4:29: warning: theme 'onderwijs' is listed twice (remove the second one)"),
        problems);
  }

  @Test
  void contactLinksAndImagesAreChecked() {
    Practice p =
        practice(
            "contact: {email: jan.school.be, url: school.be}",
            "links:\n  - Verslag\n  - {title: Zonder adres}\n  - {title: Ftp, url: 'ftp://x.be/'}",
            "image: foto.svg");
    assertEquals(new Practice.Contact(null, null, null), p.contact());
    assertEquals(List.of(), p.links());
    assertNull(p.image());
    assertEquals(
        List.of(
            "10:18: error: 'jan.school.be' is not an e-mail address (e.g. naam@school.be)",
            "10:38: error: 'school.be' is not a web address"
                + " (write the full address, starting with https://)",
            "12:5: error: each link must have a title and a url (- title: ...\n    url: https://...)",
            "13:5: error: missing required field 'url' in a link (add a line 'url: ...')",
            "14:23: error: 'ftp://x.be/' is not a web address"
                + " (write the full address, starting with https://)",
            "15:8: error: 'image' must give a file and its alt text"
                + " (image:\n  file: foto.jpg\n  alt: what the picture shows)"),
        problems);
  }

  @Test
  void attachmentsAndImagesStayInsideTheContentFolder() {
    Practice p =
        practice(
            "attachments:\n  - plan.pdf\n  - {file: ../../plan.pdf, title: Plan}"
                + "\n  - {file: plan.htm, title: Plan}\n  - {title: Zonder bestand}"
                + "\n  - {file: ../pages/plan.pdf, title: Elders}",
            "image: {file: ../../foto.svg, alt: Foto}");
    assertEquals(
        List.of(new Practice.Attachment("pages/plan.pdf", "Elders", 15, 12)), p.attachments());
    assertNull(p.image());
    assertEquals(
        List.of(
            "11:5: error: each attachment must give a file and a title"
                + " (- file: kijkwijzer.pdf\n    title: Kijkwijzer)",
            "12:12: error: the attachment '../../plan.pdf' points outside the content folder"
                + " (put the file beside the card)",
            "13:12: error: 'plan.htm' cannot be an attachment: a browser would run it as a page"
                + " or a script (offer the document as PDF, or link to where it is published)",
            "14:5: error: missing required field 'file' in an attachment (add a line 'file: ...')",
            "16:15: error: the image '../../foto.svg' points outside the content folder"
                + " (put the image beside the card)"),
        problems);
  }

  @Test
  void anImageNeedsAFileAndAltText() {
    assertEquals(
        new Practice.Image("practices/foto.svg", ""),
        practice("image: {file: foto.svg, alt: ''}").image());
    assertEquals(
        List.of("10:30: error: 'alt' is empty (write a value or remove the field)"), problems);
    problems.clear();
    assertEquals(
        new Practice.Image("practices/foto.svg", ""), practice("image: {file: foto.svg}").image());
    assertNull(practice("image: {alt: Foto}").image());
    assertEquals(
        List.of(
            "10:8: error: the image has no alt text"
                + " (add 'alt: ...' describing the picture for readers who cannot see it)",
            "10:8: error: missing required field 'file' in image (add a line 'file: ...')"),
        problems);
  }
}
