package io.podesk.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A link in a mail that lets one person do one thing to one order, once, until it expires. The token in the mail
 * is this row's id with a signature over its columns (see {@link SignedLinks}).
 */
@Entity
@Table(name = "action_links")
class ActionLink extends io.podesk.shared.AssignedIdEntity {

  /** What a link lets its recipient do. */
  enum Action {
    /** Approve or reject the order's open approval step. */
    APPROVAL,
    /** Upload the missing signed PO document. */
    UPLOAD_DOCUMENT,
    /** Go to the portal's page to revise a rejected order. */
    REVISE
  }


  @Column(name = "purchase_order_id", nullable = false)
  private UUID purchaseOrderId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Action action;

  @Column(nullable = false)
  private String recipient;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected ActionLink() {}

  ActionLink(UUID purchaseOrderId, Action action, String recipient, Instant expiresAt, Instant now) {
    this.id = UUID.randomUUID();
    this.purchaseOrderId = purchaseOrderId;
    this.action = action;
    this.recipient = recipient;
    // whole seconds, so that the signed value survives the database's precision
    this.expiresAt = expiresAt.truncatedTo(ChronoUnit.SECONDS);
    this.createdAt = now;
  }

  /** The values the signature covers. */
  String signedContent() {
    return id + "|" + purchaseOrderId + "|" + action + "|" + recipient + "|" + expiresAt.getEpochSecond();
  }

  boolean expiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }

  boolean used() {
    return usedAt != null;
  }

  /** Spends the link; a second use is refused. */
  void use(Instant now) {
    if (used()) {
      throw new LinkRefused(LinkRefused.Reason.USED);
    }
    this.usedAt = now;
  }

  UUID id() {
    return id;
  }

  UUID purchaseOrderId() {
    return purchaseOrderId;
  }

  Action action() {
    return action;
  }

  String recipient() {
    return recipient;
  }

  Instant expiresAt() {
    return expiresAt;
  }

  Instant usedAt() {
    return usedAt;
  }
}
