package io.podesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

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

  @Test
  void everyModuleSaysWhatItIsFor() {
    assertThat(modules.stream()).allSatisfy(module -> assertThat(
        getClass().getClassLoader().getResource(module.getBasePackage().getName().replace('.', '/')
            + "/package-info.class")).as(module.getName()).isNotNull());
  }
}
