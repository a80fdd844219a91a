package io.podesk.shared;

import java.util.List;

/**
 * The logins of PO Desk (one user store, which Camunda's web applications share): modules that onboard people ask
 * it for accounts; the workflow module answers it with the engine's identity service.
 */
public interface UserAccounts {

  /**
   * A login that works only once its owner sets a password through their invitation.
   *
   * @param groups the groups that give it its roles; created when missing
   */
  record NewAccount(String userId, String firstName, String lastName, String email, List<String> groups) {}

  /** Whether a login with this id exists. */
  boolean exists(String userId);

  /** Creates the login, with an unusable password, in the given groups. */
  void create(NewAccount account);

  /** Sets the login's password (its owner chose it). */
  void setPassword(String userId, String password);

  /** The groups the login is in. */
  List<String> groupsOf(String userId);

  /** Puts the login in exactly these groups. */
  void setGroups(String userId, List<String> groups);

  /** Whether the login is gone or closed: a session it still has must end. */
  boolean isClosed(String userId);

  /** Takes the login's password and groups away: it can no longer log in or see anything. */
  void close(String userId);
}
