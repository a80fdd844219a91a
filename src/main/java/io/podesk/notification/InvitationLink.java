package io.podesk.notification;

import io.podesk.shared.AssignedIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** A mailed invitation to set a password: for one login, once, until it expires or is revoked. */
@Entity
@Table(name = "invitations")
class InvitationLink extends AssignedIdEntity<UUID> {

  @Column(name = "user_id", nullable = false)
  private String userId;

  @Column(nullable = false)
  private String email;

  @Column(name = "invited_by", nullable = false)
  private String invitedBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected InvitationLink() {}

  InvitationLink(String userId, String email, String invitedBy, Instant expiresAt, Instant now) {
    this.id = UUID.randomUUID();
    this.userId = userId;
    this.email = email;
    this.invitedBy = invitedBy;
    this.createdAt = now;
    // whole seconds, so that the signed value survives the database's precision
    this.expiresAt = expiresAt.truncatedTo(ChronoUnit.SECONDS);
  }

  /** The values the signature covers. */
  String signedContent() {
    return "invitation|" + id + "|" + userId + "|" + email + "|" + expiresAt.getEpochSecond();
  }

  /** Why it cannot be used now, or null when it can. */
  LinkRefused.Reason refusalAt(Instant now) {
    if (usedAt != null) {
      return LinkRefused.Reason.USED;
    }
    if (revokedAt != null || !now.isBefore(expiresAt)) {
      return LinkRefused.Reason.EXPIRED;
    }
    return null;
  }

  void use(Instant now) {
    this.usedAt = now;
  }

  void revoke(Instant now) {
    if (usedAt == null && revokedAt == null) {
      this.revokedAt = now;
    }
  }

  UUID id() {
    return id;
  }

  String userId() {
    return userId;
  }

  String email() {
    return email;
  }

  Instant expiresAt() {
    return expiresAt;
  }
}
