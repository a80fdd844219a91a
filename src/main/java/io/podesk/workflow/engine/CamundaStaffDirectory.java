package io.podesk.workflow.engine;

import io.podesk.identity.Roles;
import io.podesk.shared.StaffDirectory;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** The seller's people from the engine's user store, where users, groups and their mail addresses are kept. */
@Component
class CamundaStaffDirectory implements StaffDirectory {

  private final IdentityService identity;

  CamundaStaffDirectory(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  public Optional<String> mailOf(String userId) {
    return reachable(userId).map(Person::email);
  }

  @Override
  public Optional<Person> reachable(String userId) {
    if (userId == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(identity.createUserQuery().userId(userId).singleResult())
        .filter(user -> user.getEmail() != null).map(CamundaStaffDirectory::person);
  }

  @Override
  public List<String> groupsOf(String userId) {
    return userId == null ? List.of()
        : identity.createGroupQuery().groupMember(userId).list().stream().map(group -> group.getId()).toList();
  }

  @Override
  public boolean isStaff(String userId) {
    return userId != null && identity.createGroupQuery().groupMember(userId).list().stream()
        .map(group -> Roles.BY_GROUP.get(group.getId())).anyMatch(Roles.STAFF::contains);
  }

  @Override
  public List<Person> reachableMembersOf(Collection<String> groups) {
    return groups.stream().distinct()
        .flatMap(group -> identity.createUserQuery().memberOfGroup(group).list().stream())
        .filter(user -> user.getEmail() != null)
        .map(CamundaStaffDirectory::person)
        .distinct()
        .toList();
  }

  private static Person person(User user) {
    return new Person(user.getId(), Objects.toString(user.getFirstName(), user.getId()), user.getEmail());
  }
}
