package org.stek;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The packages of stek.jar (main code, not tests) form the pipeline of ARCHITECTURE.md: a stage
 * uses only the stages before it, packages beside each other do not use each other, and no two
 * packages (the root package {@code org.stek}, the facade, counted as one) depend on each other.
 */
class ArchitectureTest {
  /**
   * The pipeline, first to last: a package may use only those on the lines above its own. Packages
   * on one line are beside each other and may not use each other.
   */
  static final List<List<String>> PIPELINE =
      List.of(
          List.of("report", "files"), // shared: problems; where a file goes, JSON for scripts
          List.of("yaml"),
          List.of("config"),
          List.of("schema"), // what a card may say, from site.yaml: uses only config
          List.of("content"),
          // stek import: spreadsheet rows into cards (uses config, schema, content), beside
          // markdown
          List.of("markdown", "spreadsheet"),
          List.of("search"),
          List.of("related"),
          List.of("browse", "export"),
          List.of("render"),
          List.of("output"),
          List.of(""), // org.stek: the facade Stek, which drives the stages
          List.of("serve"),
          List.of("cli"));

  static final JavaClasses STEK =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.stek");

  /** One slice per package below org.stek (with its subpackages), and org.stek itself. */
  private static final SliceAssignment PACKAGES =
      new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
          String p = c.getPackageName();
          if (p.equals("org.stek")) return SliceIdentifier.of("org.stek");
          if (!p.startsWith("org.stek.")) return SliceIdentifier.ignore();
          return SliceIdentifier.of(p.substring("org.stek.".length()).split("\\.")[0]);
        }

        @Override
        public String getDescription() {
          return "org.stek and each org.stek.(*)..";
        }
      };

  @Test
  void noPackageCycles() {
    slices().assignedFrom(PACKAGES).should().beFreeOfCycles().check(STEK);
  }

  @Test
  void noStageUsesALaterOne() {
    LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers();
    for (List<String> line : PIPELINE)
      for (String p : line) layers = layers.layer(name(p)).definedBy(pattern(p));
    List<String> before = new ArrayList<>();
    for (List<String> line : PIPELINE) {
      for (String p : line) {
        layers =
            before.isEmpty()
                ? layers.whereLayer(name(p)).mayNotAccessAnyLayer()
                : layers.whereLayer(name(p)).mayOnlyAccessLayers(before.toArray(String[]::new));
      }
      for (String p : line) before.add(name(p));
    }
    layers.check(STEK);
  }

  /** A new package takes its place in {@link #PIPELINE}, so the rule above sees it. */
  @Test
  void everyPackageIsInThePipeline() {
    classes()
        .should()
        .resideInAnyPackage(
            PIPELINE.stream().flatMap(List::stream).map(p -> pattern(p)).toArray(String[]::new))
        .check(STEK);
  }

  private static String name(String p) {
    return p.isEmpty() ? "org.stek" : p;
  }

  private static String pattern(String p) {
    return p.isEmpty() ? "org.stek" : "org.stek." + p + "..";
  }
}
