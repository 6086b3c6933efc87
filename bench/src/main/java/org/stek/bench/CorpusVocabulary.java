package org.stek.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The benchmark corpus' front-matter values and title parts: the taxonomy values the cards use (the
 * same lists as {@code make-corpus.py}, so a peer's site built for those cards fits ours) and the
 * pieces titles, organisations and summaries are made of.
 */
final class CorpusVocabulary {
  private CorpusVocabulary() {}

  static final List<String> THEMES =
      List.of(
          "onderwijs",
          "ouderbetrokkenheid",
          "meertaligheid",
          "diversiteit",
          "gender",
          "armoede",
          "welzijn",
          "inclusie",
          "professionalisering",
          "pesten",
          "kansengelijkheid",
          "samenwerking");
  static final List<String> TARGET_GROUPS =
      List.of(
          "leerkrachten",
          "zorgcoordinatoren",
          "directies",
          "ouders",
          "leerlingen",
          "clb",
          "studenten",
          "gemeentebesturen");
  static final List<String> SCHOOL_LEVELS =
      List.of(
          "kleuteronderwijs",
          "basisonderwijs",
          "secundair-onderwijs",
          "hoger-onderwijs",
          "volwassenenonderwijs");
  static final List<String> HEADINGS =
      List.of(
          "Wat?",
          "Wie?",
          "Waarom?",
          "Hoe werkt het precies?",
          "Wat maakt de aanpak succesvol?",
          "Waar zijn we trots op?");

  /** A region's country and towns. */
  record Region(String country, List<String> towns) {}

  static final Map<String, Region> REGIONS = new LinkedHashMap<>();

  static {
    region(
        "antwerpen",
        "BE",
        "Antwerpen Mechelen Turnhout Lier Boom Geel Mol Herentals Hoboken"
            + " Mortsel Schoten Brasschaat Willebroek Heist-op-den-Berg");
    region(
        "limburg",
        "BE",
        "Hasselt Genk Sint-Truiden Tongeren Maasmechelen Beringen Lommel"
            + " Bilzen Houthalen-Helchteren Heusden-Zolder Maaseik");
    region(
        "oost-vlaanderen",
        "BE",
        "Gent Aalst Sint-Niklaas Dendermonde Lokeren Ronse Eeklo"
            + " Oudenaarde Wetteren Zele Ninove Geraardsbergen");
    region(
        "vlaams-brabant",
        "BE",
        "Leuven Vilvoorde Halle Tienen Aarschot Zaventem Dilbeek Diest"
            + " Machelen Grimbergen Asse");
    region(
        "west-vlaanderen",
        "BE",
        "Brugge Kortrijk Oostende Roeselare Ieper Menen Waregem"
            + " Torhout Tielt Poperinge Wevelgem");
    region(
        "brussel",
        "BE",
        "Brussel Anderlecht Schaarbeek Molenbeek Elsene Sint-Gillis Vorst"
            + " Jette Laken Evere Ganshoren");
    region(
        "noord-brabant",
        "NL",
        "Eindhoven Tilburg Breda 's-Hertogenbosch Helmond Oss"
            + " Roosendaal Bergen_op_Zoom Waalwijk Veghel Uden");
    region(
        "utrecht",
        "NL",
        "Utrecht Amersfoort Nieuwegein Zeist Veenendaal Houten IJsselstein"
            + " Woerden Soest Maarssen");
    region("flevoland", "NL", "Almere Lelystad Dronten Emmeloord Zeewolde Urk Biddinghuizen");
    region(
        "zuid-holland",
        "NL",
        "Rotterdam Den_Haag Leiden Dordrecht Zoetermeer Delft Gouda"
            + " Schiedam Vlaardingen Spijkenisse Alphen_aan_den_Rijn");
    region(
        "noord-holland",
        "NL",
        "Amsterdam Haarlem Zaandam Alkmaar Hilversum Purmerend"
            + " Den_Helder Hoorn Amstelveen Hoofddorp Velsen");
    region(
        "gelderland",
        "NL",
        "Arnhem Nijmegen Apeldoorn Ede Zutphen Doetinchem Tiel Harderwijk"
            + " Wageningen Culemborg Winterswijk");
  }

  private static void region(String key, String country, String towns) {
    // '_' stands for a space inside a town's name
    REGIONS.put(
        key,
        new Region(country, Stream.of(towns.split(" ")).map(t -> t.replace('_', ' ')).toList()));
  }

  static final List<String> ACTIVITIES =
      split(
          "Huiswerkklas|Taalbad|Ouderkoffie|Leesmentoren|Buddyproject|Voorleesontbijt|"
              + "Schoolmoestuin|Speelpleinwerking|Brugfiguren|Talentenatelier|Zomerschool|"
              + "Meertalig voorlezen|Digitale ouderavond|Huiswerkbegeleiding|Taalcoaching|Leesclub|"
              + "Kringgesprekken|Mentorprogramma|Ontmoetingsruimte|Vrijetijdspas|"
              + "Pestvrije speelplaats|Weerbaarheidstraining|Gendersensitief lesmateriaal|"
              + "Inclusieve klaspraktijk|Lerend netwerk|Schoolopbouwwerk|Ouderpanel|"
              + "Leerkrachtencafé|Co-teaching|Instapklas|Taalvriendelijke school|Gratis ontbijt|"
              + "Boekenkoffer|Spelotheek|Vakantiewerking|Studiekeuzebegeleiding|Stage op maat|"
              + "Rolmodellen in de klas|Meertalige infoavond|Welkomstgesprekken|Huisbezoeken|"
              + "Brede school|Kindergemeenteraad|Leerlingenraad|Vertrouwensleerkracht|"
              + "Herstelgericht werken|Mediatie door leerlingen|Schoolkostenfonds|"
              + "Digitale inclusie|Laptopproject|Nieuwkomersonthaal|Muziekatelier|Sportkamp|"
              + "Filosoferen met kinderen|Praatcafé|Naschoolse opvang|Kansenbudget|"
              + "Groene speelplaats|Leerwinkel|Oudercursus");
  static final List<String> AUDIENCES =
      split(
          "voor nieuwkomers|voor anderstalige ouders|met grootouders|voor jonge kinderen|"
              + "voor kwetsbare gezinnen|voor startende leerkrachten|in de kleuterklas|"
              + "voor tieners|met studenten|voor meisjes in wetenschap|voor jongens die lezen|"
              + "voor alleenstaande ouders|voor het hele team|voor vaders|met de buurt|"
              + "voor zorgcoördinatoren|met de bibliotheek|voor leerlingen met autisme|"
              + "voor volwassen cursisten|voor schoolverlaters|met lokale verenigingen");
  static final List<String> PLACES =
      split(
          "op de speelplaats|in de buurt|na school|in de bibliotheek|op woensdagnamiddag|"
              + "tijdens de vakantie|in het wijkcentrum|aan de schoolpoort|in de klas|op zaterdag");
  static final List<String> SLOGANS =
      split(
          "Samen sterk|Iedereen welkom|Elk kind telt|Taal als sleutel|Ouders aan zet|"
              + "Dichtbij en laagdrempelig|Van thuis naar school|Leren zonder drempels|"
              + "Een warme start|Niemand aan de kant");
  static final List<String> VERB_PHRASES =
      split(
          "ouders betrekt bij de school|nieuwkomers verwelkomt|pesten samen aanpakt|"
              + "meertaligheid een plek geeft|schoolkosten laag houdt|"
              + "leerkrachten laat leren van elkaar|kinderen laat voorlezen aan ouderen|"
              + "de schoolpoort opent voor iedereen");
  static final List<String> SCHOOL_NAMES =
      split(
          "De Regenboog|De Vlieger|Het Kompas|De Wegwijzer|'t Klavertje|De Toekomst|"
              + "Sint-Maarten|De Horizon|De Sleutel|Het Anker|De Zonnebloem|De Boomgaard|"
              + "Het Mozaïek|De Brug|De Kleine Wereld|Sint-Jozef|De Wilg|Het Palet");
  static final List<String> ORG_PREFIXES =
      split(
          "Basisschool|Kleuterschool|Freinetschool|Atheneum|Lyceum|Stichting|vzw|Buurtwerk|"
              + "Brede school");
  static final List<String> ORG_OF_TOWN =
      split(
          "CLB|Stad|Gemeente|OCMW|Huis van het Kind|Bibliotheek|Onderwijsnetwerk|"
              + "Welzijnsschakel|Academie|Centrum voor Volwassenenonderwijs");
  static final List<String> SUMMARY_OPENERS =
      split(
          "In {town} brengt {org} {aud} samen om|{org} in {town} zet een aanpak op om|"
              + "Met dit project wil {org} uit {town}|"
              + "Leerkrachten en ouders in {town} werken samen om|"
              + "Deze praktijk uit {town} helpt scholen om|Een laagdrempelig initiatief van {org} om");
  static final List<String> SUMMARY_AUDIENCES =
      List.of("kinderen", "ouders", "leerlingen", "leerkrachten", "jongeren", "gezinnen");

  private static List<String> split(String items) {
    return List.of(items.split("\\|"));
  }
}
