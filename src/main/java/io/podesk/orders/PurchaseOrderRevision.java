package io.podesk.orders;

import io.podesk.shared.Actor;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** An earlier revision of an order, kept as it was when a newer one replaced it. */
@Entity
@Immutable
@Table(name = "purchase_order_revisions")
class PurchaseOrderRevision {

  /** Order and revision number. */
  @Embeddable
  public record Key(@Column(name = "purchase_order_id") UUID purchaseOrderId, @Column(name = "revision") int revision) {}

  @EmbeddedId private Key key;

  @Column(nullable = false)
  private BigDecimal total;

  /** The order's view (lines, terms, total) at that revision, as JSON. */
  @Column(nullable = false)
  private String snapshot;

  @Column(name = "replaced_at", nullable = false)
  private Instant replacedAt;

  @Column(name = "replaced_by", nullable = false)
  private String replacedBy;

  protected PurchaseOrderRevision() {}

  PurchaseOrderRevision(UUID purchaseOrderId, int revision, BigDecimal total, String snapshot, Instant replacedAt,
      Actor replacedBy) {
    this.key = new Key(purchaseOrderId, revision);
    this.total = total;
    this.snapshot = snapshot;
    this.replacedAt = replacedAt;
    this.replacedBy = replacedBy.name();
  }

  public int revision() {
    return key.revision();
  }

  public BigDecimal total() {
    return total;
  }

  public String snapshot() {
    return snapshot;
  }

  public Instant replacedAt() {
    return replacedAt;
  }

  public String replacedBy() {
    return replacedBy;
  }
}
