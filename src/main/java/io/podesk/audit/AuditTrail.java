package io.podesk.audit;

import io.podesk.shared.Actor;
import io.podesk.shared.PurchaseOrderId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records what happened to a purchase order, in the caller's transaction, and reads it back. */
@Service
public class AuditTrail {

  private static final int MAX_DETAIL = 2000;

  private final AuditEvents events;
  private final Clock clock;

  AuditTrail(AuditEvents events, Clock clock) {
    this.events = events;
    this.clock = clock;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void record(PurchaseOrderId purchaseOrderId, Actor actor, AuditType type, String detail) {
    String trimmed = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
    events.save(new AuditEvent(purchaseOrderId.value(), Instant.now(clock), actor.name(), type.name(), trimmed));
  }

  /** The order's trail, oldest first. */
  @Transactional(readOnly = true)
  public List<TimelineEntry> timelineOf(PurchaseOrderId purchaseOrderId) {
    return events.findByPurchaseOrderIdOrderByOccurredAtAscIdAsc(purchaseOrderId.value()).stream().map(TimelineEntry::of)
        .toList();
  }
}
