package io.podesk.notification;

import io.podesk.outbox.OutboxMessage;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import java.time.Instant;
import java.util.UUID;

/** A mail in the outbox: written in the same transaction as the change it reports, and delivered later with retries. */
@Entity
@DiscriminatorValue("MAIL")
public class OutboxMail extends OutboxMessage {

  @Column
  private String recipient;

  @Column
  private String subject;

  @Column
  private String body;

  @Column(name = "html_body")
  private String htmlBody;

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
    super(UUID.randomUUID(), purchaseOrderId, now);
    this.recipient = recipient;
    this.subject = subject;
    this.body = body;
    this.htmlBody = htmlBody;
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
}
