package org.stek.schema;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.stek.config.CardType;
import org.stek.config.Section;
import org.stek.config.SiteConfig;
import org.stek.files.ScriptJson;
import org.stek.schema.Field.Choice;

/**
 * A JSON Schema (draft 2020-12) of one card type's front matter, generated from {@code site.yaml}.
 * Editors with YAML language support use it for completion and checks; the contribute form
 * validates with it. It keeps to a small set of keywords (type, required, enum, minLength, pattern,
 * minItems, minimum, maximum, properties, additionalProperties, items) that the form's script
 * implements too. Optional fields also accept null, as {@code stek check} reads an empty value as
 * absent.
 */
public final class CardSchema {
  public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

  /** Mirrors {@code CardParser}: the same patterns, anchored as JSON Schema patterns are not. */
  static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

  static final String URL = "^(https?://|mailto:)[^\\s<>\"]+$";
  static final String DATE = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
  static final String WHEN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9]{1,2}:[0-9]{2})?$";
  static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";
  static final String NOT_BLANK = "\\S";

  /** The keyword under which a schema lists the body's sections, in order. */
  public static final String SECTIONS = "x-stek-sections";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final ObjectMapper SCRIPT =
      new ObjectMapper(ScriptJson.factory()).enable(SerializationFeature.INDENT_OUTPUT);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final SiteConfig config;
  private final CardFields fields;
  private final int thisYear;

  /**
   * @param thisYear the latest year {@code started} may name (the build's "today")
   */
  public CardSchema(SiteConfig config, int thisYear) {
    this.config = config;
    this.fields = new CardFields(config);
    this.thisYear = thisYear;
  }

  public ObjectNode of(CardType type) {
    ObjectNode s = NODES.objectNode();
    s.put("$schema", DIALECT);
    if (config.hasBaseUrl()) s.put("$id", config.baseUrl() + type.schemaUrl());
    s.put("title", config.title() + ": " + type.id() + " card (front matter)");
    s.put(
        "description",
        "The YAML front matter of a file in " + type.folder() + "/, generated from site.yaml.");
    s.put("type", "object");
    ArrayNode required = s.putArray("required");
    ObjectNode props = s.putObject("properties");
    for (Field f : fields.of(type)) {
      if (f.required()) required.add(f.name());
      props.set(f.name(), property(f));
    }
    s.put("additionalProperties", false);
    sections(s.putArray(SECTIONS), type);
    if (s.get(SECTIONS).isEmpty()) s.remove(SECTIONS);
    return s;
  }

  /**
   * The body's sections (an annotation: a schema of the front matter cannot check the body, but the
   * contribute form and editors' tools read them from here).
   */
  private void sections(ArrayNode out, CardType type) {
    String lang = config.language();
    for (Section sec : config.sections(type.id())) {
      ObjectNode o = out.addObject();
      o.put("key", sec.key());
      o.put("heading", sec.heading().in(lang));
      o.put("help", sec.help().in(lang));
      o.put("required", sec.required());
      ArrayNode all = o.putArray("headings");
      sec.heading().byLanguage().values().stream().sorted().forEach(all::add);
    }
  }

  /** The schema as the text written to the site: indented JSON, ending in a newline. */
  public String json(CardType type) {
    return write(JSON, type) + "\n";
  }

  private String write(ObjectMapper mapper, CardType type) {
    try {
      return mapper.writeValueAsString(of(type));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The same schema as a classic script that registers it, for pages opened from disk. */
  public String script(CardType type) {
    return "(window.stekSchemas = window.stekSchemas || {})[\""
        + type.id()
        + "\"] = "
        + write(SCRIPT, type)
        + ";\n";
  }

  private ObjectNode property(Field f) {
    ObjectNode p = NODES.objectNode();
    p.put("title", f.label());
    p.put("description", describe(f));
    switch (f.kind()) {
      case TEXT -> text(p, f.required());
      case URL -> text(p, f.required()).put("pattern", URL);
      case TEXT_LIST -> {
        type(p, "array", f.required());
        text(p.putObject("items"), true);
      }
      case WHEN -> text(p, f.required()).put("pattern", WHEN);
      case DATE -> {
        type(p, "string", f.required());
        p.put("format", "date");
        p.put("pattern", DATE);
      }
      case YEAR -> {
        type(p, "integer", f.required());
        p.put("minimum", 1800);
        p.put("maximum", thisYear);
      }
      case NUMBER -> type(p, "integer", f.required());
      case FLAG -> type(p, "boolean", f.required());
      case ONE_OF -> {
        type(p, "string", f.required());
        choices(p.putArray("enum"), f, f.required());
      }
      case MANY_OF -> {
        type(p, "array", f.required());
        if (f.required()) p.put("minItems", 1);
        ObjectNode items = p.putObject("items");
        items.put("type", "string");
        choices(items.putArray("enum"), f, true);
      }
      case RATING -> {
        // A level, or a level with who gave it, when and why (stek check says when a site
        // requires those).
        ArrayNode types = p.putArray("type").add("integer").add("object");
        if (!f.required()) types.add("null");
        p.put("minimum", 1);
        p.put("maximum", f.choices().size());
        p.putArray("required").add("level");
        ObjectNode rp = p.putObject("properties");
        ObjectNode level = rp.putObject("level");
        level.put("type", "integer");
        level.put("minimum", 1);
        level.put("maximum", f.choices().size());
        text(rp.putObject("by"), false);
        ObjectNode date = rp.putObject("date");
        type(date, "string", false);
        date.put("format", "date");
        date.put("pattern", DATE);
        text(rp.putObject("why"), false);
        p.put("additionalProperties", false);
      }
      case ATTACHMENTS -> {
        type(p, "array", false);
        ObjectNode a = p.putObject("items");
        a.put("type", "object");
        a.putArray("required").add("file").add("title");
        ObjectNode ap = a.putObject("properties");
        text(ap.putObject("file"), true);
        text(ap.putObject("title"), true);
        a.put("additionalProperties", false);
      }
      case SLUGS -> {
        type(p, "array", f.required());
        ObjectNode items = p.putObject("items");
        items.put("type", "string");
        items.put("pattern", SLUG);
      }
      case CONTACT -> {
        type(p, "object", false);
        ObjectNode c = p.putObject("properties");
        text(c.putObject("name"), false);
        text(c.putObject("email"), false).put("pattern", EMAIL);
        text(c.putObject("url"), false).put("pattern", URL);
        p.put("additionalProperties", false);
      }
      case LINKS -> {
        type(p, "array", false);
        ObjectNode link = p.putObject("items");
        link.put("type", "object");
        link.putArray("required").add("title").add("url");
        ObjectNode lp = link.putObject("properties");
        text(lp.putObject("title"), true);
        text(lp.putObject("url"), true).put("pattern", URL);
        link.put("additionalProperties", false);
      }
      case IMAGE -> {
        type(p, "object", false);
        p.putArray("required").add("file").add("alt");
        ObjectNode ip = p.putObject("properties");
        text(ip.putObject("file"), true);
        text(ip.putObject("alt"), true);
        p.put("additionalProperties", false);
      }
    }
    return p;
  }

  private static ObjectNode text(ObjectNode p, boolean required) {
    type(p, "string", required);
    p.put("minLength", 1);
    p.put("pattern", NOT_BLANK);
    return p;
  }

  private static void type(ObjectNode p, String type, boolean required) {
    if (required) p.put("type", type);
    else p.putArray("type").add(type).add("null");
  }

  private static void choices(ArrayNode e, Field f, boolean required) {
    f.choices().forEach(c -> e.add(c.key()));
    if (!required) e.addNull();
  }

  /** The help line, plus the allowed values with their meaning, for editors' hovers. */
  private static String describe(Field f) {
    StringBuilder s = new StringBuilder(f.help());
    for (Choice c : f.choices()) {
      s.append("\n").append(c.key()).append(" = ").append(c.label());
      if (!c.description().isEmpty()) s.append(": ").append(c.description());
    }
    return s.toString();
  }
}
