package io.podesk.shared;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The seller's people as the user store knows them, for the modules that must reach them by mail (approvers,
 * backup groups, sales reps). The workflow module answers it from the engine's user store; no other module reads
 * that store.
 */
public interface StaffDirectory {

  /** Someone who can be reached: their user id, the name to greet them by, and their mail address. */
  record Person(String userId, String name, String email) {}

  /** The person's mail address; empty for an unknown user or one without an address. */
  Optional<String> mailOf(String userId);

  /** The person, if they exist and have a mail address. */
  Optional<Person> reachable(String userId);

  /** The groups the user is in; empty for an unknown user. */
  List<String> groupsOf(String userId);

  /** Whether the user is one of the seller's staff: a member of a staff group, or an admin. */
  boolean isStaff(String userId);

  /** The members of the given groups who have a mail address, each once. */
  List<Person> reachableMembersOf(Collection<String> groups);
}
