package io.podesk.documents;

import io.podesk.shared.AssignedIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** What PO Desk knows about a stored document; the bytes live in the {@link DocumentStore}. */
@Entity
@Table(name = "documents")
class Document extends AssignedIdEntity<UUID> {


  @Column(name = "purchase_order_id", nullable = false)
  private UUID purchaseOrderId;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Column(name = "content_type", nullable = false)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(nullable = false)
  private String sha256;

  @Column(name = "storage_key", nullable = false)
  private String storageKey;

  @Column(name = "uploaded_by", nullable = false)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  /** When retention removed the bytes from the store; the metadata and hash stay. */
  @Column(name = "removed_at")
  private Instant removedAt;

  /** The rule under which the bytes were removed, in words. */
  @Column(name = "removal_rule")
  private String removalRule;

  protected Document() {}

  Document(UUID purchaseOrderId, String fileName, long sizeBytes, String sha256, String uploadedBy,
      Instant uploadedAt) {
    this.id = UUID.randomUUID();
    this.purchaseOrderId = purchaseOrderId;
    this.fileName = fileName;
    this.contentType = "application/pdf";
    this.sizeBytes = sizeBytes;
    this.sha256 = sha256;
    this.storageKey = "purchase-orders/" + purchaseOrderId + "/" + id;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  public UUID id() {
    return id;
  }

  public UUID purchaseOrderId() {
    return purchaseOrderId;
  }

  /** The client's file name, kept as a label only; never used as a path. */
  public String fileName() {
    return fileName;
  }

  public String contentType() {
    return contentType;
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  public String sha256() {
    return sha256;
  }

  String storageKey() {
    return storageKey;
  }

  public String uploadedBy() {
    return uploadedBy;
  }

  public Instant uploadedAt() {
    return uploadedAt;
  }

  public Instant removedAt() {
    return removedAt;
  }

  public String removalRule() {
    return removalRule;
  }

  boolean removed() {
    return removedAt != null;
  }

  void markRemoved(Instant when, String rule) {
    this.removedAt = when;
    this.removalRule = rule;
  }
}
