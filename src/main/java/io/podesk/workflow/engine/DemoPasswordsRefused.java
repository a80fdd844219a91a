package io.podesk.workflow.engine;

import io.podesk.identity.DemoValuesGuard;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Outside the demo profile, a user store that still holds a login with the demo password (a database the demo once
 * ran on, or an admin created back then) stops the start, before the web server opens. The hashes are compared
 * directly, so the check neither counts as a failed login nor writes anything.
 */
@Component
@Profile("!" + DemoValuesGuard.DEMO_PROFILE)
class DemoPasswordsRefused implements SmartInitializingSingleton {

  private static final int PAGE = 500;

  private final ProcessEngine engine;

  DemoPasswordsRefused(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  public void afterSingletonsInstantiated() {
    List<String> users = usersWithTheDemoPassword();
    if (!users.isEmpty()) {
      throw new IllegalStateException("PO Desk refuses to start outside the '" + DemoValuesGuard.DEMO_PROFILE
          + "' profile: these users of the user store (ACT_ID_USER) still have the demo password '"
          + DemoValuesGuard.DEMO_PASSWORD + "': " + String.join(", ", users)
          + ". Give them passwords of their own (Camunda Admin) or delete them.");
    }
  }

  List<String> usersWithTheDemoPassword() {
    var passwords = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getPasswordManager();
    List<String> found = new ArrayList<>();
    var query = engine.getIdentityService().createUserQuery().orderByUserId().asc();
    for (int first = 0; ; first += PAGE) {
      List<User> page = query.listPage(first, PAGE);
      for (User user : page) {
        if (user instanceof UserEntity entity && entity.getPassword() != null && passwords.check(
            EncryptionUtil.saltPassword(DemoValuesGuard.DEMO_PASSWORD, entity.getSalt()), entity.getPassword())) {
          found.add(user.getId());
        }
      }
      if (page.size() < PAGE) {
        return found;
      }
    }
  }
}
