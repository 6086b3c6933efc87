package org.stek.content;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * A meet-up, study day or webinar ({@code events/<slug>.md}): when and where, how to sign up, and
 * the themes, practices and organisations it belongs with.
 *
 * @param start the first moment, in {@code zone}; midnight of the first day when {@code allDay}
 * @param end the last moment; for an all-day event midnight of the last day (inclusive)
 * @param zone the site's time zone, or the card's own {@code time_zone}
 * @param place where it is held; null when {@code online}
 * @param registration where to sign up, or null
 * @param practices slugs of related practices
 * @param organisations slugs of related organisations (a profile or a name on a practice)
 */
public record Event(
    String slug,
    SourceFile source,
    String title,
    String summary,
    LocalDateTime start,
    LocalDateTime end,
    boolean allDay,
    ZoneId zone,
    String place,
    boolean online,
    String registration,
    List<String> themes,
    List<String> practices,
    List<String> organisations,
    boolean draft)
    implements Card {

  @Override
  public String type() {
    return "event";
  }

  @Override
  public String url() {
    return Urls.event(slug);
  }

  /** Past on {@code today} (the build date) once its last day is over; today's events are not. */
  public boolean past(LocalDate today) {
    return end.toLocalDate().isBefore(today);
  }

  @Override
  public Event withSource(SourceFile s) {
    return new Event(
        slug,
        s,
        title,
        summary,
        start,
        end,
        allDay,
        zone,
        place,
        online,
        registration,
        themes,
        practices,
        organisations,
        draft);
  }
}
