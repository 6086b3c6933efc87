package org.stek.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stek.BuildOptions;
import org.stek.BuildResult;
import org.stek.Stek;
import org.stek.TestSite;

/**
 * The calendar files and the events feed say "online" and "events" in the theme's words for the
 * site's language, as the pages do: an English mini-site with a copy of the default theme whose
 * English strings say them differently.
 */
class EventWordsTest {
  @TempDir static Path dir;
  static Path out;

  static final String ONLINE = "Online, by video call";
  static final String EVENTS = "What is on";

  @BeforeAll
  static void build() throws Exception {
    Path theme = dir.resolve("theme");
    TestSite.copyTree(TestSite.REPO.resolve("themes/default"), theme);
    // A later key wins in a properties file.
    Files.writeString(
        theme.resolve("i18n/messages_en.properties"),
        "\nevent.online=" + ONLINE + "\nevents.title=" + EVENTS + "\n",
        StandardOpenOption.APPEND);
    TestSite site =
        TestSite.in(dir.resolve("kb"))
            .file("site.yaml", TestSite.SITE_YAML.replace("language: nl", "language: en"))
            .practice("cafe", "Education café", "onderwijs", "A practice.")
            .file(
                "events/webinar.md",
                """
                ---
                title: "A webinar"
                start: 2027-03-01 09:00
                end: 2027-03-01 10:00
                place: online
                ---
                """);
    out = dir.resolve("site");
    BuildOptions o = site.options();
    BuildResult r = Stek.build(new BuildOptions(o.content(), theme, out, false, TestSite.TODAY));
    assertFalse(r.hasErrors(), r.problems().toString());
  }

  static Document page(String url) throws Exception {
    return Jsoup.parse(Files.readString(out.resolve(url)));
  }

  @Test
  void theCalendarSaysOnlineAsTheEventPageDoes() throws Exception {
    String where = page("events/webinar.html").selectFirst("dt:containsOwn(Where) + dd").text();
    assertEquals(ONLINE, where, "the page takes the theme's word");
    for (String ics : new String[] {"events/webinar.ics", "events/calendar.ics"}) {
      try (InputStream in = Files.newInputStream(out.resolve(ics))) {
        VEvent e = new CalendarBuilder().build(in).<VEvent>getComponent(Component.VEVENT).get();
        assertEquals(where, e.getLocation().getValue(), ics);
      }
    }
  }

  @Test
  void theFeedIsTitledAsTheEventsPageAndSaysOnlineToo() throws Exception {
    Document feed =
        Jsoup.parse(Files.readString(out.resolve("events/feed.xml")), "", Parser.xmlParser());
    String h1 = page("events/index.html").selectFirst("h1").text();
    assertEquals(EVENTS, h1);
    assertEquals(h1 + " — Testbank", feed.selectFirst("feed > title").text());
    assertEquals(ONLINE, feed.selectFirst("entry > summary").text());
  }
}
