package io.podesk.support;

import io.podesk.shared.Invitations;
import io.podesk.shared.UserAccounts;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The settings of a module test's context: a fresh in-memory H2 database (Flyway creates the schema), a small pool,
 * the Camunda engine and its web applications left out (only {@code workflow} knows Camunda; its module test puts the
 * engine back; without it the demo staff stand in for its user store), and the files the modules write kept in the test run's folder.
 */
public final class ModuleTestSettings implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  /** The auto-configurations of the embedded engine, its REST API and its web applications. */
  public static final String CAMUNDA_AUTO_CONFIGURATIONS = String.join(",",
      "org.camunda.bpm.spring.boot.starter.CamundaBpmAutoConfiguration",
      "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration",
      "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration");

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    var files = TestInfrastructure.workDir().resolve("module-tests");
    boolean workflow = context.getEnvironment().getProperty("podesk.module-test.engine", Boolean.class, false);
    TestPropertyValues.of(Map.of(
        "spring.datasource.url", "jdbc:h2:mem:module-" + UUID.randomUUID(),
        "spring.datasource.hikari.maximum-pool-size", "4",
        "spring.autoconfigure.exclude", workflow ? "" : CAMUNDA_AUTO_CONFIGURATIONS,
        "podesk.events.resubmission.enabled", "false",
        "podesk.documents.disk.root", files.resolve("documents").toString(),
        "podesk.documents.disk.key-file", files.resolve("document-store.key").toString(),
        "podesk.links.key-file", files.resolve("links.key").toString(),
        "podesk.erp.file.folder", files.resolve("erp-export").toString()))
        .applyTo(context);
    if (!workflow) {
      // the engine's user store answers who the seller's staff are; without the engine, the demo staff do
      context.getBeanFactory().registerSingleton("moduleTestStaff", new ModuleTestStaff());
    }
    // logins and invitation mails: the engine's and the notification module's where they start, else in memory
    context.addBeanFactoryPostProcessor(factory -> {
      if (factory.getBeanNamesForType(UserAccounts.class, true, false).length == 0) {
        factory.registerSingleton("moduleTestAccounts", new ModuleTestAccounts());
      }
      if (factory.getBeanNamesForType(Invitations.class, true, false).length == 0) {
        factory.registerSingleton("moduleTestInvitations", new ModuleTestAccounts.Mails());
      }
    });
  }
}
