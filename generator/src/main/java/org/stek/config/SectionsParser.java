package org.stek.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stek.report.Suggestions;
import org.stek.yaml.MappingReader;
import org.stek.yaml.YamlNode;

/**
 * {@code sections:} in site.yaml: per card type, the sections of a card's body in their order, each
 * with a key, a heading per language, help and whether it is required.
 */
final class SectionsParser {
  private final SiteConfigLoader.Parser parser;

  SectionsParser(SiteConfigLoader.Parser parser) {
    this.parser = parser;
  }

  Map<String, List<Section>> sections(YamlNode.Mapping m) {
    Map<String, List<Section>> out = new LinkedHashMap<>();
    if (m == null) return out;
    for (YamlNode.Field f : m.fields().values()) {
      if (!CardType.withSections().contains(f.key())) {
        parser
            .problems()
            .error(
                parser.file(),
                f.line(),
                f.column(),
                "no card type '" + f.key() + "' has sections",
                Suggestions.didYouMean(f.key(), CardType.withSections()));
        continue;
      }
      out.put(f.key(), ofType(f));
    }
    return out;
  }

  private List<Section> ofType(YamlNode.Field type) {
    List<Section> out = new ArrayList<>();
    if (!(type.value() instanceof YamlNode.Sequence seq)) {
      parser
          .problems()
          .error(
              parser.file(),
              type.value().line(),
              type.value().column(),
              "the sections of '" + type.key() + "' must be a list",
              "- key: wat\n    heading: {nl: \"Wat?\", en: \"What?\"}");
      return out;
    }
    Set<String> keys = new HashSet<>();
    Map<String, String> headings = new HashMap<>();
    for (YamlNode item : seq.items()) {
      if (!(item instanceof YamlNode.Mapping im)) {
        parser
            .problems()
            .error(
                parser.file(),
                item.line(),
                item.column(),
                "a section must be a mapping with key, heading, help and required",
                null);
        continue;
      }
      MappingReader r =
          new MappingReader(
              im, parser.file(), parser.problems(), "a section of '" + type.key() + "'");
      r.rejectUnknown(List.of("key", "heading", "help", "required"));
      String key = r.requiredText("key");
      if (!r.has("heading")) r.missing("heading");
      if (key == null || !r.has("heading")) continue;
      YamlNode k = r.node("key");
      parser.checkKey(key, k.line(), k.column());
      if (!keys.add(key)) {
        parser
            .problems()
            .error(
                parser.file(),
                k.line(),
                k.column(),
                "section '" + key + "' is declared twice for '" + type.key() + "'",
                null);
      }
      Label heading = parser.label(r.node("heading"), key);
      for (String h : heading.byLanguage().values()) {
        String other = headings.putIfAbsent(Section.normal(h), key);
        if (other != null && !other.equals(key)) {
          YamlNode n = r.node("heading");
          parser
              .problems()
              .error(
                  parser.file(),
                  n.line(),
                  n.column(),
                  "the heading '" + h + "' is also the heading of section '" + other + "'",
                  "a card's headings must tell the sections apart");
        }
      }
      Label help = r.has("help") ? parser.label(r.node("help"), "") : new Label(Map.of());
      out.add(new Section(key, heading, help, Boolean.TRUE.equals(r.bool("required"))));
    }
    return out;
  }
}
