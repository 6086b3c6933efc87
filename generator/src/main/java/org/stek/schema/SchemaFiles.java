package org.stek.schema;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.function.BiConsumer;
import org.stek.config.CardType;
import org.stek.config.SiteConfig;

/**
 * Writes the schema of each card type the site uses to the site: {@code schema/<type>.schema.json}
 * and its script.
 */
public final class SchemaFiles {
  private SchemaFiles() {}

  /**
   * @param sink receives a root-relative URL and the file's bytes
   */
  public static void write(SiteConfig config, LocalDate today, BiConsumer<String, byte[]> sink) {
    CardSchema schema = new CardSchema(config, today.getYear());
    for (CardType t : CardType.values()) {
      if (!CardFields.inUse(config, t)) continue;
      sink.accept(t.schemaUrl(), schema.json(t).getBytes(StandardCharsets.UTF_8));
      sink.accept(t.schemaScriptUrl(), schema.script(t).getBytes(StandardCharsets.UTF_8));
    }
  }
}
