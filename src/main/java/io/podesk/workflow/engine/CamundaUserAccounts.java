package io.podesk.workflow.engine;

import io.podesk.shared.UserAccounts;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The logins in the engine's user store, which PO Desk's login and Camunda's web applications share. New groups (a
 * new company's approver group) get the type their name says: staff groups are workflow groups, the rest customer
 * groups that see only the tasks naming them.
 */
@Component
class CamundaUserAccounts implements UserAccounts {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final IdentityService identity;
  private final EngineAuthorizations authorizations;

  CamundaUserAccounts(IdentityService identity, EngineAuthorizations authorizations) {
    this.identity = identity;
    this.authorizations = authorizations;
  }

  @Override
  public boolean exists(String userId) {
    return identity.createUserQuery().userId(userId).count() > 0;
  }

  @Override
  public void create(NewAccount account) {
    User user = identity.newUser(account.userId());
    user.setFirstName(account.firstName());
    user.setLastName(account.lastName());
    user.setEmail(account.email());
    user.setPassword(unusablePassword());
    identity.saveUser(user);
    setGroups(account.userId(), account.groups());
  }

  @Override
  public void setPassword(String userId, String password) {
    User user = existing(userId);
    user.setPassword(password);
    identity.saveUser(user);
  }

  @Override
  public List<String> groupsOf(String userId) {
    return identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).sorted().toList();
  }

  @Override
  public void setGroups(String userId, List<String> groups) {
    Set<String> wanted = new HashSet<>(groups);
    for (String group : groupsOf(userId)) {
      if (!wanted.remove(group)) {
        identity.deleteMembership(userId, group);
      }
    }
    for (String group : wanted) {
      authorizations.ensureGroup(group, EngineAuthorizations.typeOf(group));
      identity.createMembership(userId, group);
    }
  }

  @Override
  public boolean isClosed(String userId) {
    return !exists(userId) || identity.createGroupQuery().groupMember(userId).count() == 0;
  }

  @Override
  public void close(String userId) {
    setGroups(userId, List.of());
    setPassword(userId, unusablePassword());
  }

  private User existing(String userId) {
    User user = identity.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      throw new IllegalArgumentException("No login " + userId);
    }
    return user;
  }

  /** A password nobody knows: the login works once its owner sets their own. */
  private static String unusablePassword() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getEncoder().encodeToString(bytes);
  }
}
