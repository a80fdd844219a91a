package io.podesk.audit;

import java.time.Instant;

/** One entry of an order's audit trail as others read it. */
public record TimelineEntry(Instant at, String actor, String type, String detail) {

  static TimelineEntry of(AuditEvent event) {
    return new TimelineEntry(event.occurredAt(), event.actor(), event.type(), event.detail());
  }
}
