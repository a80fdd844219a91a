package io.podesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Starts a small application with the guard, PO Desk's own application.yml and its profiles, and settings given
 * as a node's command line would give them.
 */
class DemoValuesGuardTests {

  private static final AtomicBoolean BEANS_MADE = new AtomicBoolean();

  @Configuration(proxyBeanMethods = false)
  @Import(DemoValuesGuard.class)
  static class GuardedApplication {

    /** Stands for every bean of PO Desk: the key generators, the demo data loaders. */
    @Bean
    Object anyBean() {
      BEANS_MADE.set(true);
      return new Object();
    }
  }

  /** A production node, properly configured. */
  private final Map<String, String> production = new LinkedHashMap<>(Map.of(
      "spring.profiles.active", "postgres",
      "camunda.bpm.admin-user.password", "a-long-admin-password-of-its-own",
      "podesk.erp.inbound-secret", "an-inbound-secret-of-its-own",
      "podesk.links.secret", "a-link-secret-shared-by-every-node",
      "podesk.documents.disk.key", "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="));

  @BeforeEach
  void reset() {
    BEANS_MADE.set(false);
  }

  @Test
  void aProperlyConfiguredProductionNodeStarts() {
    try (var context = start(production)) {
      assertThat(context.getEnvironment().getActiveProfiles()).containsExactly("postgres");
      assertThat(BEANS_MADE).isTrue();
    }
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(nullValues = "UNSET", value = {
      "podesk.demo-data.enabled, true, podesk.demo-data.enabled (PODESK_DEMO_DATA) is true",
      "camunda.bpm.admin-user.password, demo, camunda.bpm.admin-user.password (PODESK_ADMIN_PASSWORD) is the demo",
      "camunda.bpm.admin-user.password, UNSET, camunda.bpm.admin-user.password (PODESK_ADMIN_PASSWORD) is not set",
      "podesk.erp.inbound-secret, demo-inbound-secret, podesk.erp.inbound-secret (PODESK_ERP_INBOUND_SECRET) is the demo",
      "podesk.links.secret, UNSET, podesk.links.secret (PODESK_LINKS_SECRET) is not set",
      "podesk.links.secret, '', podesk.links.secret (PODESK_LINKS_SECRET) is not set",
      "podesk.documents.disk.key, UNSET, podesk.documents.disk.key (PODESK_DOCUMENTS_KEY) is not set"})
  void aDemoValueOutsideTheDemoProfileStopsTheStartNamingTheSetting(String setting, String value, String message) {
    if (value == null) {
      production.remove(setting);
    } else {
      production.put(setting, value);
    }

    assertThatThrownBy(() -> start(production).close()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("refuses to start outside the 'demo' profile").hasMessageContaining(message);
    // refused before any bean was made: no key file generated, no demo user created
    assertThat(BEANS_MADE).isFalse();
  }

  @Test
  void everyDemoValueInForceIsNamedAtOnce() {
    assertThatThrownBy(() -> start(Map.of("spring.profiles.active", "smtp", "podesk.demo-data.enabled", "true"))
        .close()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("podesk.demo-data.enabled").hasMessageContaining("camunda.bpm.admin-user.password")
        .hasMessageContaining("podesk.erp.inbound-secret").hasMessageContaining("podesk.links.secret")
        .hasMessageContaining("podesk.documents.disk.key");
  }

  @Test
  void withDocumentsInS3NoDiskKeyIsNeeded() {
    production.put("spring.profiles.active", "postgres,s3");
    production.remove("podesk.documents.disk.key");
    try (var context = start(production)) {
      assertThat(BEANS_MADE).isTrue();
    }
  }

  @Test
  void withoutAChosenProfilePoDeskRunsAsTheDemoWithItsDemoValues() {
    try (var context = start(Map.of())) {
      assertThat(context.getEnvironment().getDefaultProfiles()).containsExactly("demo");
      assertThat(context.getEnvironment().getProperty("podesk.erp.inbound-secret")).isEqualTo("demo-inbound-secret");
      assertThat(context.getEnvironment().getProperty("camunda.bpm.admin-user.password")).isEqualTo("demo");
    }
  }

  @Test
  void theDemoProfileMayBeChosenOnPostgresToo() {
    try (var context = start(Map.of("spring.profiles.active", "demo,postgres", "podesk.demo-data.enabled", "true",
        "camunda.bpm.admin-user.password", "demo"))) {
      assertThat(BEANS_MADE).isTrue();
    }
  }

  private static ConfigurableApplicationContext start(Map<String, String> settings) {
    List<String> arguments = new ArrayList<>();
    settings.forEach((name, value) -> arguments.add("--" + name + "=" + value));
    return new SpringApplicationBuilder(GuardedApplication.class).web(WebApplicationType.NONE)
        .logStartupInfo(false).run(arguments.toArray(String[]::new));
  }
}
