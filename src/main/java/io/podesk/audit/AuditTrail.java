package io.podesk.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.podesk.shared.Actor;
import io.podesk.shared.PurchaseOrderId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what happened to a purchase order, and every change to master data (companies, people, limits), in the
 * caller's transaction, and reads them back.
 */
@Service
public class AuditTrail {

  private static final int MAX_DETAIL = 2000;
  private static final int MAX_STATE = 8000;

  private final AuditEvents events;
  private final Clock clock;
  private final ObjectMapper json;

  AuditTrail(AuditEvents events, Clock clock, ObjectMapper json) {
    this.events = events;
    this.clock = clock;
    this.json = json;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void record(PurchaseOrderId purchaseOrderId, Actor actor, AuditType type, String detail) {
    events.save(new AuditEvent(purchaseOrderId.value(), Instant.now(clock), actor.name(), type.name(),
        trimmed(detail)));
  }

  /**
   * Records a change to master data, in the caller's transaction: the record's state before and after, as JSON
   * (null before for a record created, null after for one removed).
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void recordChange(AuditSubject subject, Actor actor, AuditType type, String detail, String before,
      String after) {
    events.save(new AuditEvent(subject, Instant.now(clock), actor.name(), type.name(), trimmed(detail),
        limited(before), limited(after)));
  }

  /**
   * Records a change to master data with the record's states as values, written as JSON here (null before for a
   * record created, null after for one removed).
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void recordStates(AuditSubject subject, Actor actor, AuditType type, String detail, Object before,
      Object after) {
    recordChange(subject, actor, type, detail, json(before), json(after));
  }

  private String json(Object state) {
    try {
      return state == null ? null : json.writeValueAsString(state);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A record's state could not be written as JSON", e);
    }
  }

  /** A record's changes, newest first, at most {@code limit} of them. */
  @Transactional(readOnly = true)
  public List<MasterDataChange> changesOf(AuditSubject subject, int limit) {
    return events.findBySubjectKindAndSubjectIdOrderByOccurredAtDescIdDesc(subject.kind().name(), subject.id(),
        PageRequest.of(0, limit)).stream().map(MasterDataChange::of).toList();
  }

  /** The latest changes to any master data, newest first. */
  @Transactional(readOnly = true)
  public List<MasterDataChange> latestChanges(int limit) {
    return events.findBySubjectKindIsNotNullOrderByOccurredAtDescIdDesc(PageRequest.of(0, limit)).stream()
        .map(MasterDataChange::of).toList();
  }

  private static String trimmed(String detail) {
    return detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
  }

  /** A state too large for its column fails the change rather than keeping half of it. */
  private static String limited(String state) {
    if (state != null && state.length() > MAX_STATE) {
      throw new IllegalArgumentException("A record's state of " + state.length() + " characters is more than the "
          + "audit trail keeps (" + MAX_STATE + ")");
    }
    return state;
  }

  /** The order's trail, oldest first. */
  @Transactional(readOnly = true)
  public List<TimelineEntry> timelineOf(PurchaseOrderId purchaseOrderId) {
    return events.findByPurchaseOrderIdOrderByOccurredAtAscIdAsc(purchaseOrderId.value()).stream().map(TimelineEntry::of)
        .toList();
  }
}
