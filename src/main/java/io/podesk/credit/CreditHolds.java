package io.podesk.credit;

import io.podesk.audit.AuditTrail;
import io.podesk.audit.AuditType;
import io.podesk.shared.Actor;
import io.podesk.shared.PurchaseOrderId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Checks credit for an order and records how credit control resolved a hold. */
@Service
public class CreditHolds {

  private final CreditExposure exposure;
  private final AuditTrail audit;

  CreditHolds(CreditExposure exposure, AuditTrail audit) {
    this.exposure = exposure;
    this.audit = audit;
  }

  @Transactional
  public CreditPosition check(PurchaseOrderId purchaseOrderId) {
    CreditPosition position = exposure.positionFor(purchaseOrderId);
    audit.record(purchaseOrderId, Actor.SYSTEM, AuditType.CREDIT_CHECKED, position.summary());
    return position;
  }

  /** Credit control's decision on a hold: override (the order goes on) or refuse; both need a reason. */
  @Transactional
  public void resolve(PurchaseOrderId purchaseOrderId, String controller, boolean override, String reason) {
    audit.record(purchaseOrderId, Actor.person(controller), AuditType.TASK_COMPLETED,
        "Resolve credit hold: " + (override ? "overridden" : "refused") + ": " + reason.strip());
  }
}
