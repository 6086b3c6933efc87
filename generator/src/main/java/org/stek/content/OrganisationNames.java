package org.stek.content;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The name to show for an organisation a practice gives ({@code organisation}, {@code partners}): a
 * profile's name when the practice names the profile by slug, else the name as written. The pages
 * and the exports say the same.
 */
public final class OrganisationNames {
  private final Map<String, String> bySlug = new HashMap<>();

  public OrganisationNames(KnowledgeBase kb) {
    kb.organisations().forEach(o -> bySlug.put(o.slug(), o.title()));
  }

  /** The name to show for {@code name}; null for null. */
  public String of(String name) {
    return name == null ? null : bySlug.getOrDefault(name, name);
  }

  /** The names to show for a list of names (a practice's partners); empty for null. */
  public List<String> of(List<String> names) {
    return names == null ? List.of() : names.stream().map(this::of).toList();
  }
}
