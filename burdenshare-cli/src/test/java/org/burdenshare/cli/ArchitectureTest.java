package org.burdenshare.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code, checked on every build: dependencies point one way (cli → server → store →
 * core), core is pure Java, and packages form no cycles. The test sits in the CLI module because
 * only there are all four modules on the class path.
 */
class ArchitectureTest {
  static JavaClasses classes;

  @BeforeAll
  static void load() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.burdenshare");
  }

  @Test
  void coreDependsOnNoOtherModule() {
    noClasses()
        .that()
        .resideInAPackage("org.burdenshare.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.burdenshare.store..", "org.burdenshare.server..", "org.burdenshare.cli..")
        .check(classes);
  }

  @Test
  void coreReadsNoFilesRunsNoSqlAndSpeaksNoHttp() {
    noClasses()
        .that()
        .resideInAPackage("org.burdenshare.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "java.nio.file..",
            "java.io.File",
            "java.sql..",
            "java.net..",
            "org.duckdb..",
            "io.javalin..",
            "org.apache.poi..",
            "picocli..")
        .check(classes);
  }

  @Test
  void storeKnowsNothingOfTheServerOrTheCommandLine() {
    noClasses()
        .that()
        .resideInAPackage("org.burdenshare.store..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.burdenshare.server..", "org.burdenshare.cli..", "io.javalin..")
        .check(classes);
  }

  @Test
  void theServerKnowsNothingOfTheCommandLine() {
    noClasses()
        .that()
        .resideInAPackage("org.burdenshare.server..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.burdenshare.cli..", "picocli..")
        .check(classes);
  }

  @Test
  void theCommandLineUsesOfTheServerOnlyItsRenderingAndServeStartsIt() {
    // The CLI prints through the render module; 'serve' starts the server. Nothing else of the
    // server's is the CLI's business.
    noClasses()
        .that()
        .resideInAPackage("org.burdenshare.cli..")
        .and()
        .doNotHaveSimpleName("ServeCommand")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.burdenshare.server")
        .check(classes);
  }

  @Test
  void renderingKnowsNoOtherModule() {
    noClasses()
        .that()
        .resideInAPackage("org.burdenshare.render..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.burdenshare.core..",
            "org.burdenshare.store..",
            "org.burdenshare.server..",
            "org.burdenshare.cli..")
        .check(classes);
  }

  @Test
  void coreSpeaksNoFrontEndsWords() throws Exception {
    // Core's messages reach the command line, the API and the pages alike: a flag, a command or a
    // query parameter in them is wrong for two of the three. What would answer goes in a Remedy.
    java.util.regex.Pattern frontEndWords =
        java.util.regex.Pattern.compile("\"[^\"\n]*(--[a-z]|'burdenshare |[?&][a-z]+=)[^\"\n]*\"");
    java.nio.file.Path core =
        java.nio.file.Path.of("..", "burdenshare-core", "src", "main", "java");
    java.util.List<String> found = new java.util.ArrayList<>();
    try (var files = java.nio.file.Files.walk(core)) {
      for (var f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        var lines = java.nio.file.Files.readAllLines(f);
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i).strip();
          if (!line.startsWith("*")
              && !line.startsWith("//")
              && frontEndWords.matcher(line).find()) {
            found.add(core.relativize(f) + ":" + (i + 1) + ": " + line);
          }
        }
      }
    }
    org.assertj.core.api.Assertions.assertThat(found).isEmpty();
  }

  /** Longer than this, a source file must say at its top why it is not split. */
  static final int LONG_FILE = 400;

  /** How many source files may be that long: the exceptions stay exceptions. */
  static final int MOST_LONG_FILES = 2;

  @Test
  void aSourceFileOver400LinesSaysWhyAtItsTopAndFewAreThatLong() throws Exception {
    java.util.List<String> longFiles = new java.util.ArrayList<>();
    java.util.List<String> unexplained = new java.util.ArrayList<>();
    try (var modules = java.nio.file.Files.list(java.nio.file.Path.of(".."))) {
      for (var module :
          modules.filter(m -> m.getFileName().toString().startsWith("burdenshare-")).toList()) {
        var main = module.resolve("src/main/java");
        if (!java.nio.file.Files.isDirectory(main)) {
          continue;
        }
        try (var files = java.nio.file.Files.walk(main)) {
          for (var f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
            var lines = java.nio.file.Files.readAllLines(f);
            String name = module.getFileName() + "/" + main.relativize(f);
            if (lines.size() > LONG_FILE) {
              longFiles.add(name + " (" + lines.size() + " lines)");
              if (!saysWhyItIsLong(lines)) {
                unexplained.add(name);
              }
            }
          }
        }
      }
    }
    org.assertj.core.api.Assertions.assertThat(unexplained)
        .as("files over %d lines without 'Why this file is long' in their top comment", LONG_FILE)
        .isEmpty();
    org.assertj.core.api.Assertions.assertThat(longFiles).hasSizeLessThanOrEqualTo(MOST_LONG_FILES);
  }

  @Test
  void theLongFileRuleReadsOnlyTheTopComment() {
    java.util.List<String> said =
        java.util.List.of(
            "package x;",
            "",
            "/**",
            " * A thing.",
            " *",
            " * <p>Why this file is long: one table.",
            " */",
            "final class X {}");
    java.util.List<String> late =
        java.util.List.of(
            "package x;",
            "",
            "/** A thing. */",
            "final class X {",
            "  // Why this file is long: no",
            "}");
    org.assertj.core.api.Assertions.assertThat(saysWhyItIsLong(said)).isTrue();
    org.assertj.core.api.Assertions.assertThat(saysWhyItIsLong(late)).isFalse();
  }

  /** Whether the comment above the file's first type says why the file is long. */
  static boolean saysWhyItIsLong(java.util.List<String> lines) {
    StringBuilder top = new StringBuilder();
    for (String line : lines) {
      String l = line.strip();
      if (l.matches("(public |final |abstract |sealed )*(class|record|interface|enum) .*")) {
        break;
      }
      top.append(l).append(' ');
    }
    return top.toString().replaceAll("\\s*\\*\\s*", " ").contains("Why this file is long");
  }

  @Test
  void packagesFormNoCycles() {
    slices().matching("org.burdenshare.(*)..").should().beFreeOfCycles().check(classes);
    slices().assignedFrom(CORE_PACKAGES).should().beFreeOfCycles().check(classes);
  }

  @Test
  void theCoreCycleRuleSeesTheRootPackage() {
    // A demonstration that the rule above would fail: a class of core's root package that uses a
    // package which uses the root back (Engine ← maps) makes a cycle, and the rule names it. A
    // matching("org.burdenshare.core.(*)..") rule skips the root package and would let it pass.
    JavaClasses withCycle =
        new ClassFileImporter()
            .importClasses(
                org.burdenshare.core.RootUsingMaps.class,
                org.burdenshare.core.maps.MapsUsingRoot.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> slices().assignedFrom(CORE_PACKAGES).should().beFreeOfCycles().check(withCycle))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Cycle detected");
    org.assertj.core.api.Assertions.assertThatCode(
            () ->
                slices()
                    .matching("org.burdenshare.core.(*)..")
                    .should()
                    .beFreeOfCycles()
                    .allowEmptyShould(true)
                    .check(withCycle))
        .doesNotThrowAnyException();
  }

  /**
   * Core's packages as slices, the root package one of them: "Engine" in the root is used by the
   * packages below it, so it must not use any package that uses it back.
   */
  static final com.tngtech.archunit.library.dependencies.SliceAssignment CORE_PACKAGES =
      new com.tngtech.archunit.library.dependencies.SliceAssignment() {
        @Override
        public com.tngtech.archunit.library.dependencies.SliceIdentifier getIdentifierOf(
            com.tngtech.archunit.core.domain.JavaClass c) {
          String pkg = c.getPackageName();
          String root = "org.burdenshare.core";
          if (pkg.equals(root)) {
            return com.tngtech.archunit.library.dependencies.SliceIdentifier.of("core (root)");
          }
          if (pkg.startsWith(root + ".")) {
            return com.tngtech.archunit.library.dependencies.SliceIdentifier.of(
                pkg.substring(root.length() + 1).split("\\.")[0]);
          }
          return com.tngtech.archunit.library.dependencies.SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
          return "core's packages, its root package included";
        }
      };
}
