package org.stek.render;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * RFC 5545 text, written line by line: each content line escaped by the caller ({@link #text}),
 * folded here at 75 octets (never inside a UTF-8 sequence) and ended with CRLF. Small enough that a
 * library (ical4j is some megabytes with its time zone data) would cost more than it saves.
 */
final class ICalendar {
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuuMMdd");
  private static final int OCTETS = 75;

  private final StringBuilder out = new StringBuilder();

  /** Adds {@code name:value}, or {@code name;params:value}, folded. */
  ICalendar line(String nameAndValue) {
    byte[] bytes = nameAndValue.getBytes(StandardCharsets.UTF_8);
    int start = 0;
    int room = OCTETS;
    while (bytes.length - start > room) {
      int cut = start + room;
      while ((bytes[cut] & 0xC0) == 0x80) cut--; // never split a character
      out.append(new String(bytes, start, cut - start, StandardCharsets.UTF_8)).append("\r\n ");
      start = cut;
      room = OCTETS - 1; // the leading space counts
    }
    out.append(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8));
    out.append("\r\n");
    return this;
  }

  byte[] bytes() {
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A TEXT value: backslash, semicolon, comma and line breaks escaped, control characters gone. */
  static String text(String s) {
    StringBuilder t = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> t.append("\\\\");
        case ';' -> t.append("\\;");
        case ',' -> t.append("\\,");
        case '\n' -> t.append("\\n");
        case '\r' -> {}
        default -> {
          if (c >= 0x20 && c != 0x7F) t.append(c);
        }
      }
    }
    return t.toString();
  }

  static String local(LocalDateTime at) {
    return LOCAL.format(at);
  }

  static String day(LocalDate d) {
    return DAY.format(d);
  }

  /** A UTC DATE-TIME: midnight of {@code d}. */
  static String utcMidnight(LocalDate d) {
    return day(d) + "T000000Z";
  }

  /**
   * A VTIMEZONE for {@code zone} that holds for the years {@code from}–{@code to}: the observance
   * in force on 1 January of {@code from}, then each change of offset up to the end of {@code to},
   * as java.time's rules (the JDK's copy of the IANA database) give them.
   */
  void timeZone(ZoneId zone, int from, int to) {
    ZoneRules rules = zone.getRules();
    Instant begin = LocalDate.of(from, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant end = LocalDate.of(to + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    line("BEGIN:VTIMEZONE");
    line("TZID:" + zone.getId());
    ZoneOffsetTransition before = rules.previousTransition(begin.plusSeconds(1));
    ZoneOffset first = rules.getOffset(begin);
    observance(
        rules.isDaylightSavings(begin),
        before == null ? LocalDateTime.of(1970, 1, 1, 0, 0) : before.getDateTimeBefore(),
        before == null ? first : before.getOffsetBefore(),
        first);
    for (ZoneOffsetTransition t = rules.nextTransition(begin);
        t != null && t.getInstant().isBefore(end);
        t = rules.nextTransition(t.getInstant())) {
      observance(
          rules.isDaylightSavings(t.getInstant()),
          t.getDateTimeBefore(),
          t.getOffsetBefore(),
          t.getOffsetAfter());
    }
    line("END:VTIMEZONE");
  }

  private void observance(boolean daylight, LocalDateTime start, ZoneOffset from, ZoneOffset to) {
    String kind = daylight ? "DAYLIGHT" : "STANDARD";
    line("BEGIN:" + kind);
    line("DTSTART:" + local(start));
    line("TZOFFSETFROM:" + offset(from));
    line("TZOFFSETTO:" + offset(to));
    line("END:" + kind);
  }

  /** {@code +0100}; seconds only when there are any (as in some historical zones). */
  static String offset(ZoneOffset o) {
    int s = o.getTotalSeconds();
    int a = Math.abs(s);
    String hhmm =
        String.format(
            java.util.Locale.ROOT, "%s%02d%02d", s < 0 ? "-" : "+", a / 3600, a / 60 % 60);
    return a % 60 == 0 ? hhmm : hhmm + String.format(java.util.Locale.ROOT, "%02d", a % 60);
  }
}
