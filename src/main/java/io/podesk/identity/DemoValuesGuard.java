package io.podesk.identity;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.util.StringUtils;

/**
 * Outside the {@code demo} profile (the default when no profile is chosen) PO Desk refuses to start while any demo
 * value is in force: the check runs before any bean is made, so no key file is generated and no demo user created.
 * The identity store's own check (no user with the demo password) runs once the engine is up, in the workflow
 * module.
 */
@Configuration(proxyBeanMethods = false)
public class DemoValuesGuard {

  /** The profile in which demo values are allowed; active by default (application.yml). */
  public static final String DEMO_PROFILE = "demo";
  /** The password of every demo login. */
  public static final String DEMO_PASSWORD = "demo";
  static final String DEMO_INBOUND_SECRET = "demo-inbound-secret";

  @Bean
  static BeanFactoryPostProcessor demoValuesRefusedOutsideTheDemoProfile(Environment environment) {
    return beanFactory -> {
      List<String> problems = problemsOf(environment);
      if (!problems.isEmpty()) {
        throw new IllegalStateException("PO Desk refuses to start outside the '" + DEMO_PROFILE
            + "' profile with demo values in force: " + String.join("; ", problems));
      }
    };
  }

  /** What is wrong with these settings for a node outside the demo profile; empty in the demo profile. */
  static List<String> problemsOf(Environment environment) {
    List<String> problems = new ArrayList<>();
    if (environment.acceptsProfiles(Profiles.of(DEMO_PROFILE))) {
      return problems;
    }
    if ("true".equalsIgnoreCase(setting(environment, "podesk.demo-data.enabled"))) {
      problems.add("podesk.demo-data.enabled (PODESK_DEMO_DATA) is true: it creates the demo logins, password '"
          + DEMO_PASSWORD + "'");
    }
    String adminPassword = setting(environment, "camunda.bpm.admin-user.password");
    if (adminPassword == null || adminPassword.isBlank()) {
      problems.add("camunda.bpm.admin-user.password (PODESK_ADMIN_PASSWORD) is not set");
    } else if (DEMO_PASSWORD.equals(adminPassword)) {
      problems.add("camunda.bpm.admin-user.password (PODESK_ADMIN_PASSWORD) is the demo password");
    }
    if (DEMO_INBOUND_SECRET.equals(setting(environment, "podesk.erp.inbound-secret"))) {
      problems.add("podesk.erp.inbound-secret (PODESK_ERP_INBOUND_SECRET) is the demo secret '"
          + DEMO_INBOUND_SECRET + "'");
    }
    if (!StringUtils.hasText(setting(environment, "podesk.links.secret"))) {
      problems.add("podesk.links.secret (PODESK_LINKS_SECRET) is not set: each node would sign mail links with a key "
          + "of its own, generated into podesk.links.key-file");
    }
    boolean diskStore = "disk".equals(environment.getProperty("podesk.documents.store", "disk"));
    if (diskStore && !StringUtils.hasText(setting(environment, "podesk.documents.disk.key"))) {
      problems.add("podesk.documents.disk.key (PODESK_DOCUMENTS_KEY) is not set: documents would be encrypted with "
          + "a key generated into podesk.documents.disk.key-file, next to the documents");
    }
    return problems;
  }

  /** A setting's value; one whose ${...} cannot be resolved counts as not set. */
  private static String setting(Environment environment, String name) {
    try {
      return environment.getProperty(name);
    } catch (IllegalArgumentException unresolvable) {
      return null;
    }
  }
}
