package io.podesk.notification;

import io.podesk.shared.AssignedIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * A link in a mail that lets one person do one thing to one order, once, until it expires. The token in the mail
 * is this row's id with a signature over its columns (see {@link SignedLinks}).
 */
@Entity
@Table(name = "action_links")
class ActionLink extends AssignedIdEntity<UUID> {

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

  /** The approval task an approval link was mailed for; null for other links (and approval links of old). */
  @Column(name = "task_id")
  private String taskId;

  /** The order's revision the mail showed. */
  @Column(name = "revision")
  private Integer revision;

  /** Who held the task when the link was mailed (null: nobody had claimed it). */
  @Column(name = "assignee_when_sent")
  private String assigneeWhenSent;

  protected ActionLink() {}

  /** An approval link, bound to its task and to the revision of the order its mail showed. */
  static ActionLink forTask(UUID purchaseOrderId, String recipient, String taskId, int revision,
      String assigneeWhenSent, Instant expiresAt, Instant now) {
    ActionLink link = new ActionLink(purchaseOrderId, Action.APPROVAL, recipient, expiresAt, now);
    link.taskId = Objects.requireNonNull(taskId, "an approval link needs its task");
    link.revision = revision;
    link.assigneeWhenSent = assigneeWhenSent;
    return link;
  }

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
    String content = id + "|" + purchaseOrderId + "|" + action + "|" + recipient + "|" + expiresAt.getEpochSecond();
    // links without a task keep the content they were signed with before links were bound to tasks
    return taskId == null ? content : content + "|" + taskId + "|" + revision + "|" + assigneeWhenSent;
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

  String taskId() {
    return taskId;
  }

  Integer revision() {
    return revision;
  }

  String assigneeWhenSent() {
    return assigneeWhenSent;
  }
}
