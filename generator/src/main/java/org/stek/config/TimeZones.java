package org.stek.config;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Set;
import java.util.TreeSet;
import org.stek.report.Problems;
import org.stek.report.Suggestions;
import org.stek.yaml.MappingReader;
import org.stek.yaml.YamlNode;

/**
 * A time zone as site.yaml and an event card name it: an IANA id such as {@code Europe/Brussels},
 * the names calendar programs know (an offset like {@code +01:00} has no summer time).
 */
public final class TimeZones {
  private static final Set<String> IDS = new TreeSet<>(ZoneId.getAvailableZoneIds());

  private TimeZones() {}

  /** The zone {@code key} names, null when absent; an unknown id is an error at its position. */
  public static ZoneId of(MappingReader r, String key, Path file, Problems problems) {
    String id = r.text(key);
    if (id == null) return null;
    if (IDS.contains(id.strip())) return ZoneId.of(id.strip());
    YamlNode n = r.node(key);
    String hint = Suggestions.didYouMean(id.strip(), IDS);
    problems.error(
        file,
        n.line(),
        n.column(),
        "unknown time zone '" + id + "'",
        hint != null ? hint : "write an IANA time zone id, e.g. Europe/Brussels");
    return null;
  }
}
