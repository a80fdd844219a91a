package io.podesk.approval;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.springframework.data.domain.Persistable;

/** The head of a stored approval plan: which order revision it is for, planned when. */
@Entity
@Immutable
@Table(name = "approval_plans")
class StoredPlan implements Persistable<String> {

  @Id private String id;

  @Column(name = "purchase_order_id", nullable = false)
  private UUID purchaseOrderId;

  @Column(nullable = false)
  private int revision;

  @Column(name = "planned_at", nullable = false)
  private Instant plannedAt;

  @Transient private boolean stored;

  protected StoredPlan() {}

  StoredPlan(String id, UUID purchaseOrderId, int revision, Instant plannedAt) {
    this.id = id;
    this.purchaseOrderId = purchaseOrderId;
    this.revision = revision;
    this.plannedAt = plannedAt;
  }

  @Override
  public String getId() {
    return id;
  }

  @Override
  public boolean isNew() {
    return !stored;
  }

  @PostPersist
  @PostLoad
  void markStored() {
    stored = true;
  }

  UUID purchaseOrderId() {
    return purchaseOrderId;
  }

  int revision() {
    return revision;
  }
}
