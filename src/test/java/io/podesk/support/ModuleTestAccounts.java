package io.podesk.support;

import io.podesk.shared.Invitations;
import io.podesk.shared.UserAccounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The user store and the invitation mails for module tests that start neither the engine (whose identity service
 * answers {@link UserAccounts}) nor the notification module (which answers {@link Invitations}): logins and
 * invitations kept in memory. {@link ModuleTestSettings} registers them for whichever of the two ports has no bean
 * of the application.
 */
final class ModuleTestAccounts implements UserAccounts {

  private final Map<String, List<String>> groups = new ConcurrentHashMap<>();
  private final Set<String> closed = ConcurrentHashMap.newKeySet();

  @Override
  public boolean exists(String userId) {
    return groups.containsKey(userId) || ModuleTestStaff.STAFF.containsKey(userId);
  }

  @Override
  public void create(NewAccount account) {
    if (groups.putIfAbsent(account.userId(), List.copyOf(account.groups())) != null) {
      throw new IllegalStateException("Login " + account.userId() + " exists");
    }
  }

  @Override
  public void setPassword(String userId, String password) {
    if (!exists(userId)) {
      throw new IllegalArgumentException("No login " + userId);
    }
  }

  @Override
  public List<String> groupsOf(String userId) {
    return groups.getOrDefault(userId, List.of());
  }

  @Override
  public void setGroups(String userId, List<String> newGroups) {
    groups.put(userId, List.copyOf(newGroups));
  }

  @Override
  public boolean isClosed(String userId) {
    return closed.contains(userId);
  }

  @Override
  public void close(String userId) {
    groups.put(userId, new ArrayList<>());
    closed.add(userId);
  }

  /** The invitation mails, kept in memory. */
  static final class Mails implements Invitations {

    private final List<Invitation> invited = new CopyOnWriteArrayList<>();

    @Override
    public void invite(Invitation invitation) {
      invited.add(invitation);
    }

    @Override
    public void revokeAll(String userId) {
      invited.removeIf(invitation -> invitation.userId().equals(userId));
    }
  }
}
