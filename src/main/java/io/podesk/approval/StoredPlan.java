package io.podesk.approval;

import io.podesk.shared.AssignedIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** The head of a stored approval plan: which order revision it is for, planned when. */
@Entity
@Immutable
@Table(name = "approval_plans")
class StoredPlan extends AssignedIdEntity<String> {

  @Column(name = "purchase_order_id", nullable = false)
  private UUID purchaseOrderId;

  @Column(nullable = false)
  private int revision;

  @Column(name = "planned_at", nullable = false)
  private Instant plannedAt;

  protected StoredPlan() {}

  StoredPlan(String id, UUID purchaseOrderId, int revision, Instant plannedAt) {
    this.id = id;
    this.purchaseOrderId = purchaseOrderId;
    this.revision = revision;
    this.plannedAt = plannedAt;
  }

  UUID purchaseOrderId() {
    return purchaseOrderId;
  }

  int revision() {
    return revision;
  }
}
