package io.podesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

class ModularityTests {

  /** The module documentation as committed, linked from the README's module map. */
  private static final Path COMMITTED_DOCS = Path.of("docs", "modules");
  /** Where the build writes it: under target/, so a test run never changes a checkout. */
  private static final Path GENERATED_DOCS = Path.of("target", "spring-modulith-docs");

  private final ApplicationModules modules = ApplicationModules.of(PoDeskApplication.class);

  @Test
  void modulesRespectTheirBoundariesAndHaveNoCycles() {
    modules.verify();
  }

  @Test
  void onlyTheWorkflowModuleKnowsCamunda() {
    var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.podesk");
    noClasses().that().resideOutsideOfPackage("io.podesk.workflow..")
        .should().dependOnClassesThat().resideInAPackage("org.camunda..")
        .because("the BPMN owns the flow through the workflow module; the domain stays engine-free")
        .check(classes);
  }

  /**
   * A module's web controllers, JPA entities and repositories are its own: another module reaches its data through
   * its API (issue 12): values such as {@code PurchaseOrderSnapshot}, {@code StoredDocument} or {@code IssuedInvoice},
   * never the entity. Only the {@link #EXTENSION_POINTS} are meant to be used across.
   */
  @Test
  void controllersEntitiesAndRepositoriesStayInsideTheirModule() {
    var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.podesk");
    List<String> crossings = new ArrayList<>();
    for (JavaClass owned : classes) {
      boolean internal = owned.isAnnotatedWith(Entity.class)
          || owned.isAnnotatedWith(Controller.class)
          || owned.isAnnotatedWith(RestController.class)
          || owned.isAssignableTo(Repository.class);
      if (!internal || EXTENSION_POINTS.contains(owned.getName())) {
        continue;
      }
      owned.getDirectDependenciesToSelf().stream()
          .filter(dependency -> !moduleOf(dependency.getOriginClass()).equals(moduleOf(owned)))
          .map(dependency -> dependency.getOriginClass().getName() + " -> " + owned.getName())
          .distinct().forEach(crossings::add);
    }
    List<String> found = crossings.stream().distinct().sorted().toList();
    assertThat(found).as("another module's controller, entity or repository used directly").isEmpty();
  }

  /**
   * Entities a module offers for other modules to extend, on purpose: every outbox channel's message (a mail, a
   * webhook delivery) is an {@code OutboxMessage} in the one outbox table, so one dispatcher claims, retries and
   * lists them all; the channel module owns its subclass and its sender.
   */
  private static final Set<String> EXTENSION_POINTS = Set.of("io.podesk.outbox.OutboxMessage");


  private static String moduleOf(JavaClass type) {
    String name = type.getPackageName();
    String rest = name.startsWith("io.podesk.") ? name.substring("io.podesk.".length()) : "";
    return rest.isEmpty() ? "" : rest.split("\\.")[0];
  }

  /**
   * A process step is an adapter onto one use case (issue 12): every delegate and listener the BPMN files name calls
   * the API of one module besides {@code shared} (and the workflow module's own engine helpers). What a step needs
   * from further modules, the module it calls asks for itself, through its own ports.
   */
  @Test
  void everyProcessStepCallsOneModule() {
    var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.podesk.workflow");
    Map<String, Set<String>> moreThanOne = new TreeMap<>();
    for (JavaClass step : classes) {
      boolean processStep = step.isAssignableTo(JavaDelegate.class) || step.isAssignableTo(TaskListener.class)
          || step.isAssignableTo(ExecutionListener.class);
      if (!processStep) {
        continue;
      }
      Set<String> called = new TreeSet<>();
      step.getDirectDependenciesFromSelf().stream().map(dependency -> moduleOf(dependency.getTargetClass()))
          .filter(module -> !module.isEmpty() && !module.equals("shared") && !module.equals("workflow"))
          .forEach(called::add);
      if (called.size() > 1) {
        moreThanOne.put(step.getName(), called);
      }
    }
    assertThat(moreThanOne).as("process steps that call more than one module").isEmpty();
  }

  @Test
  void everyModuleSaysWhatItIsFor() {
    assertThat(modules.stream()).allSatisfy(module -> assertThat(
        getClass().getClassLoader().getResource(module.getBasePackage().getName().replace('.', '/')
            + "/package-info.class")).as(module.getName()).isNotNull());
  }

  @Test
  void committedModuleDocumentationMatchesTheCode() throws IOException {
    javadocTheDocumenterCanRead();
    new Documenter(modules, Documenter.Options.defaults().withOutputFolder(GENERATED_DOCS.toString()))
        .writeDocumentation();
    String fix = "docs/modules/ is not what the code says; copy what the build generated over it and commit it:"
        + " rm -rf docs/modules && cp -r " + GENERATED_DOCS + " docs/modules";

    Map<String, String> committed = filesIn(COMMITTED_DOCS);
    Map<String, String> generated = filesIn(GENERATED_DOCS);
    assertThat(generated).as("generated documentation").isNotEmpty();
    assertThat(committed.keySet()).as(fix).isEqualTo(generated.keySet());
    generated.forEach((name, content) -> assertThat(linesOf(committed.get(name))).as(name + ": " + fix)
        .containsExactlyInAnyOrderElementsOf(linesOf(content)));
  }

  /**
   * The lines of a diagram or canvas, in any order: the Documenter lists relationships and events in an order that
   * changes from run to run, and starts a table cell's first list item with the cell's {@code |}.
   */
  private static List<String> linesOf(String content) {
    return content.lines().map(line -> line.startsWith("|") ? line.substring(1) : line).toList();
  }

  /**
   * The canvases show the Javadoc that Spring Modulith's annotation processor extracts at compile time into
   * target/generated-spring-modulith/javadoc.json. Spring Modulith 1.4 reads that file with Boot's BasicJsonParser,
   * which fails on an escaped double quote inside a comment (spring-projects/spring-modulith#1762), so such quotes
   * become single quotes there, in the build output only.
   */
  private static void javadocTheDocumenterCanRead() throws IOException {
    Path javadoc = Path.of("target", "generated-spring-modulith", "javadoc.json");
    if (Files.isRegularFile(javadoc)) {
      Files.writeString(javadoc, Files.readString(javadoc).replaceAll("(?<!\\\\)\\\\\"", "'"));
    }
  }

  /** File name to content, CRLF read as LF so that a checkout with Windows line endings compares equal. */
  private static Map<String, String> filesIn(Path folder) throws IOException {
    Map<String, String> files = new TreeMap<>();
    if (Files.isDirectory(folder)) {
      try (Stream<Path> paths = Files.list(folder)) {
        for (Path file : paths.filter(Files::isRegularFile).toList()) {
          files.put(file.getFileName().toString(), Files.readString(file).replace("\r\n", "\n"));
        }
      }
    }
    return files;
  }
}
