package io.podesk.support;

import io.podesk.shared.StaffDirectory;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The seller's people for module tests that run without the engine, whose user store answers the
 * {@link StaffDirectory} in the application: the demo staff, each in their demo group with a mail address.
 * {@link ModuleTestSettings} registers it; the workflow module's test starts the engine and uses the real one.
 */
final class ModuleTestStaff implements StaffDirectory {

  /** Demo staff: user → group, as the demo identities create them. */
  static final Map<String, String> STAFF = Map.of(
      "salesrep", "salesreps",
      "salesmanager", "salesmanagers",
      "financeclerk", "finance",
      "creditcontroller", "creditcontrol",
      "director", "directors");

  @Override
  public Optional<String> mailOf(String userId) {
    return reachable(userId).map(Person::email);
  }

  @Override
  public Optional<Person> reachable(String userId) {
    return Optional.ofNullable(userId).filter(STAFF::containsKey)
        .map(user -> new Person(user, user, user + "@podesk.example"));
  }

  @Override
  public List<String> groupsOf(String userId) {
    return Optional.ofNullable(userId).map(STAFF::get).map(List::of).orElse(List.of());
  }

  @Override
  public boolean isStaff(String userId) {
    return STAFF.containsKey(userId);
  }

  @Override
  public List<Person> reachableMembersOf(Collection<String> groups) {
    return STAFF.entrySet().stream().filter(member -> groups.contains(member.getValue())).map(Map.Entry::getKey)
        .sorted().map(user -> new Person(user, user, user + "@podesk.example")).toList();
  }
}
