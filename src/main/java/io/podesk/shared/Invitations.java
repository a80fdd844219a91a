package io.podesk.shared;

/**
 * Invites a person whose login was just created to set their password, by mail with a signed single-use link. The
 * notification module answers it: the mail goes out through the outbox, written in the caller's transaction.
 */
public interface Invitations {

  /**
   * @param joining what the person joins, as the mail says it: "Initech as a buyer", "the seller's staff"
   */
  record Invitation(String userId, String name, String email, String joining, Actor invitedBy) {}

  void invite(Invitation invitation);

  /** Ends every invitation of the person not used yet (the person was deactivated). */
  void revokeAll(String userId);
}
