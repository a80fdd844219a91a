package io.podesk.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podesk.shared.ConflictException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PurchaseOrderTests {

  private final Instant now = Instant.parse("2026-11-22T10:00:00Z");

  @Test
  void startsSubmitted() {
    assertThat(order().status()).isEqualTo(PurchaseOrderStatus.SUBMITTED);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({"SUBMITTED, SENT_TO_ERP", "SUBMITTED, COMPLETED", "REJECTED, APPROVED", "CANCELLED, PENDING_APPROVAL",
      "SENT_TO_ERP, PENDING_APPROVAL", "APPROVED, REJECTED"})
  void refusesIllegalTransitions(PurchaseOrderStatus from, PurchaseOrderStatus to) {
    PurchaseOrder order = orderIn(from);
    assertThatThrownBy(() -> order.moveTo(to, null, now)).isInstanceOf(ConflictException.class)
        .hasMessageContaining(from + " and cannot become " + to);
    assertThat(order.status()).isEqualTo(from);
  }

  @Test
  void walksTheHappyPath() {
    PurchaseOrder order = order();
    order.moveTo(PurchaseOrderStatus.AWAITING_DOCUMENT, null, now);
    order.moveTo(PurchaseOrderStatus.PENDING_APPROVAL, null, now);
    order.moveTo(PurchaseOrderStatus.APPROVED, null, now);
    order.recordErpReference("ERP-1", now);
    assertThat(order.status()).isEqualTo(PurchaseOrderStatus.SENT_TO_ERP);
    assertThat(order.erpReference()).isEqualTo("ERP-1");
  }

  @Test
  void movingToTheCurrentStatusChangesNothing() {
    PurchaseOrder order = orderIn(PurchaseOrderStatus.PENDING_APPROVAL);
    assertThat(order.moveTo(PurchaseOrderStatus.PENDING_APPROVAL, null, now)).isFalse();
  }

  @Test
  void keepsTheRejectionReason() {
    PurchaseOrder order = orderIn(PurchaseOrderStatus.PENDING_APPROVAL);
    order.reject("Wrong prices", now);
    assertThat(order.rejectionReason()).isEqualTo("Wrong prices");
    assertThat(order.status().isFinal()).isTrue();
  }

  @Test
  void isCancelledOnlyBeforeApproval() {
    PurchaseOrder pending = orderIn(PurchaseOrderStatus.PENDING_APPROVAL);
    pending.cancel("changed our mind", now);
    assertThat(pending.status()).isEqualTo(PurchaseOrderStatus.CANCELLED);

    PurchaseOrder approved = orderIn(PurchaseOrderStatus.APPROVED);
    assertThatThrownBy(() -> approved.cancel("too late", now)).isInstanceOf(ConflictException.class)
        .hasMessageContaining("can no longer be cancelled");
  }

  @Test
  void takesNoDocumentOnceClosed() {
    PurchaseOrder rejected = orderIn(PurchaseOrderStatus.PENDING_APPROVAL);
    rejected.reject("no", now);
    assertThatThrownBy(() -> rejected.attachDocument(UUID.randomUUID(), now)).isInstanceOf(ConflictException.class);
  }

  private PurchaseOrder orderIn(PurchaseOrderStatus status) {
    PurchaseOrder order = order();
    List<PurchaseOrderStatus> path = switch (status) {
      case SUBMITTED -> List.of();
      case PENDING_APPROVAL -> List.of(PurchaseOrderStatus.PENDING_APPROVAL);
      case APPROVED -> List.of(PurchaseOrderStatus.APPROVED);
      case SENT_TO_ERP -> List.of(PurchaseOrderStatus.APPROVED, PurchaseOrderStatus.SENT_TO_ERP);
      case REJECTED -> List.of(PurchaseOrderStatus.REJECTED);
      case CANCELLED -> List.of(PurchaseOrderStatus.CANCELLED);
      default -> throw new IllegalArgumentException(status.name());
    };
    path.forEach(next -> order.moveTo(next, null, now));
    return order;
  }

  private PurchaseOrder order() {
    var line = new PurchaseOrderLine("A-1", null, BigDecimal.ONE, BigDecimal.TEN, BigDecimal.TEN);
    return new PurchaseOrder("acme", "PO-123456", "USD", List.of(line), BigDecimal.TEN, null, null, "acmebuyer", now);
  }
}
