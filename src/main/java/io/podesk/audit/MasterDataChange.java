package io.podesk.audit;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;

/**
 * One change to master data as the admin pages show it: who changed what, when, and the record before and after
 * (JSON; {@code before} is null for a record created, {@code after} for one removed).
 */
public record MasterDataChange(AuditSubject subject, Instant at, String actor, String type, String detail,
    @JsonRawValue String before, @JsonRawValue String after) {

  static MasterDataChange of(AuditEvent event) {
    return new MasterDataChange(event.subject(), event.occurredAt(), event.actor(), event.type(), event.detail(),
        event.beforeState(), event.afterState());
  }
}
