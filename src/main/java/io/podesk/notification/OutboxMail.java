package io.podesk.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** A mail written in the same transaction as the change it reports, and delivered later with retries. */
@Entity
@Table(name = "outbox_mails")
public class OutboxMail extends io.podesk.shared.AssignedIdEntity {

  /** Where a mail stands. */
  public enum Status { PENDING, SENT, FAILED }


  @Column(name = "purchase_order_id")
  private UUID purchaseOrderId;

  @Column(nullable = false)
  private String recipient;

  @Column(nullable = false)
  private String subject;

  @Column(nullable = false)
  private String body;

  @Column(name = "html_body")
  private String htmlBody;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "attachment_document_id")
  private UUID attachmentDocumentId;

  @Column(name = "attachment_name")
  private String attachmentName;

  protected OutboxMail() {}

  OutboxMail(UUID purchaseOrderId, String recipient, String subject, String body, Instant now) {
    this(purchaseOrderId, recipient, subject, body, null, now);
  }

  /** A mail with a plain-text body and, when {@code htmlBody} is given, an HTML alternative. */
  OutboxMail(UUID purchaseOrderId, String recipient, String subject, String body, String htmlBody, Instant now) {
    this.htmlBody = htmlBody;
    this.id = UUID.randomUUID();
    this.purchaseOrderId = purchaseOrderId;
    this.recipient = recipient;
    this.subject = subject;
    this.body = body;
    this.status = Status.PENDING;
    this.createdAt = now;
    this.nextAttemptAt = now;
  }

  /** Attaches a document from the store, read when the mail is sent. */
  OutboxMail attaching(UUID documentId, String name) {
    this.attachmentDocumentId = documentId;
    this.attachmentName = name;
    return this;
  }

  UUID attachmentDocumentId() {
    return attachmentDocumentId;
  }

  String attachmentName() {
    return attachmentName;
  }

  void sent(Instant now) {
    this.status = Status.SENT;
    this.attempts++;
    this.sentAt = now;
    this.lastError = null;
  }

  /** A failed attempt: back off exponentially, and give up (status FAILED, visible to operations) at the limit. */
  void failed(String error, Instant now, int maxAttempts) {
    this.attempts++;
    this.lastError = error == null ? "unknown error" : error.substring(0, Math.min(error.length(), 1000));
    if (attempts >= maxAttempts) {
      this.status = Status.FAILED;
    } else {
      this.nextAttemptAt = now.plus(Duration.ofSeconds(Math.min(3600, 15L << Math.min(attempts, 10))));
    }
  }

  public UUID id() {
    return id;
  }

  public UUID purchaseOrderId() {
    return purchaseOrderId;
  }

  public String recipient() {
    return recipient;
  }

  public String subject() {
    return subject;
  }

  public String body() {
    return body;
  }

  public String htmlBody() {
    return htmlBody;
  }

  public Status status() {
    return status;
  }

  public int attempts() {
    return attempts;
  }

  public String lastError() {
    return lastError;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant sentAt() {
    return sentAt;
  }
}
