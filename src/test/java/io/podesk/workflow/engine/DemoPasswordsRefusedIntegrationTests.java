package io.podesk.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podesk.support.IntegrationTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The user-store half of "production refuses demo values", on the real engine the demo profile filled. */
@IntegrationTest
class DemoPasswordsRefusedIntegrationTests {

  @Autowired ProcessEngine engine;
  @Autowired IdentityService identity;
  @Autowired ApplicationContext context;

  @Test
  void aUserStoreWithDemoPasswordsIsRefusedNamingTheUsers() {
    if (identity.createUserQuery().userId("ownpassword").count() == 0) {
      var user = identity.newUser("ownpassword");
      user.setPassword("a-long-password-of-its-own");
      identity.saveUser(user);
    }
    var check = new DemoPasswordsRefused(engine);

    assertThat(check.usersWithTheDemoPassword()).contains("admin", "salesmanager", "acmebuyer")
        .doesNotContain("ownpassword");
    assertThatThrownBy(check::afterSingletonsInstantiated).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("demo password").hasMessageContaining("salesmanager").hasMessageContaining("admin");
  }

  @Test
  void theDemoProfileDoesNotRunTheCheck() {
    assertThat(context.getBeansOfType(DemoPasswordsRefused.class)).isEmpty();
  }
}
