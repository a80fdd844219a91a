package io.podesk.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podesk.shared.ConflictException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Map;
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
  @CsvSource({"SUBMITTED, SENT_TO_ERP", "REJECTED, APPROVED", "CANCELLED, PENDING_APPROVAL",
      "SENT_TO_ERP, PENDING_APPROVAL", "APPROVED, REJECTED", "APPROVED, EXPIRED", "SENT_TO_ERP, CREDIT_HOLD"})
  void refusesIllegalTransitions(PurchaseOrderStatus from, PurchaseOrderStatus to) {
    PurchaseOrder order = orderIn(from);
    assertThatThrownBy(() -> move(order, to)).isInstanceOf(ConflictException.class)
        .hasMessageContaining(from + " and cannot become " + to);
    assertThat(order.status()).isEqualTo(from);
  }

  @Test
  void walksTheHappyPath() {
    PurchaseOrder order = order();
    order.awaitDocument(now);
    order.awaitApproval(now);
    order.approve(now);
    order.recordErpReference("ERP-1", now);
    assertThat(order.status()).isEqualTo(PurchaseOrderStatus.SENT_TO_ERP);
    assertThat(order.erpReference()).isEqualTo("ERP-1");
  }

  @Test
  void movingToTheCurrentStatusChangesNothing() {
    PurchaseOrder order = orderIn(PurchaseOrderStatus.PENDING_APPROVAL);
    assertThat(order.awaitApproval(now)).isFalse();
  }

  @Test
  void tellsWhyItExpiredOrWasCancelledByTheProcess() {
    PurchaseOrder expired = orderIn(PurchaseOrderStatus.PENDING_APPROVAL);
    expired.expire(Period.ofDays(7), now);
    assertThat(expired.statusReason()).isEqualTo("No approval decision within 7 days");

    PurchaseOrder cancelled = order();
    cancelled.awaitDocument(now);
    cancelled.cancelForMissingDocument(now);
    assertThat(cancelled.status()).isEqualTo(PurchaseOrderStatus.CANCELLED);
    assertThat(cancelled.statusReason()).isEqualTo("The signed PO document did not arrive before the deadline");
  }

  @Test
  void derivesItsFulfilmentStatusFromShipmentsInvoicesAndPayments() {
    PurchaseOrder order = twoLineOrderInErp();

    List<Shipment.Line> first = order.ship(Map.of("A-1", BigDecimal.ONE), now);
    assertThat(order.status()).isEqualTo(PurchaseOrderStatus.PARTIALLY_SHIPPED);
    assertThat(order.recordInvoice("INV-1", first, new BigDecimal("10.00"), now)).isFalse();
    assertThat(order.recordPayment("INV-1", new BigDecimal("10.00"), now)).isFalse();
    assertThat(order.status()).isEqualTo(PurchaseOrderStatus.PARTIALLY_SHIPPED);

    List<Shipment.Line> rest = order.ship(Map.of("B-2", new BigDecimal("2")), now);
    assertThat(order.status()).isEqualTo(PurchaseOrderStatus.SHIPPED);
    assertThat(order.recordInvoice("INV-2", rest, new BigDecimal("6.00"), now)).isTrue();
    assertThat(order.status()).isEqualTo(PurchaseOrderStatus.INVOICED);
    assertThat(order.completeIfSettled(now)).as("not paid yet").isFalse();

    assertThat(order.recordPayment("INV-2", new BigDecimal("5.00"), now)).isFalse();
    assertThat(order.status()).isEqualTo(PurchaseOrderStatus.INVOICED);
    assertThat(order.recordPayment("INV-2", new BigDecimal("1.00"), now)).isTrue();
    assertThat(order.status()).isEqualTo(PurchaseOrderStatus.PAID);
    assertThat(order.completeIfSettled(now)).isTrue();
    assertThat(order.status()).isEqualTo(PurchaseOrderStatus.COMPLETED);
  }

  @Test
  void anInvoiceOnRecordAlreadyChangesNothing() {
    PurchaseOrder order = twoLineOrderInErp();
    List<Shipment.Line> all = order.ship(Map.of("A-1", BigDecimal.ONE, "B-2", new BigDecimal("2")), now);
    assertThat(order.recordInvoice("INV-1", all, new BigDecimal("16.00"), now)).isTrue();

    assertThat(order.recordInvoice("INV-1", all, new BigDecimal("16.00"), now)).isFalse();
    assertThat(order.status()).isEqualTo(PurchaseOrderStatus.INVOICED);
    assertThat(order.recordPayment("INV-1", new BigDecimal("16.00"), now)).isTrue();
  }

  @Test
  void completesOnlyOnceEverythingIsShippedInvoicedAndPaid() {
    PurchaseOrder submitted = order();
    assertThat(submitted.completeIfSettled(now)).isFalse();
    assertThat(submitted.status()).isEqualTo(PurchaseOrderStatus.SUBMITTED);

    PurchaseOrder shipped = twoLineOrderInErp();
    shipped.ship(Map.of("A-1", BigDecimal.ONE, "B-2", new BigDecimal("2")), now);
    assertThat(shipped.completeIfSettled(now)).isFalse();
    assertThat(shipped.status()).isEqualTo(PurchaseOrderStatus.SHIPPED);
  }

  @Test
  void invoicesOnlyWhatShipped() {
    PurchaseOrder approved = orderIn(PurchaseOrderStatus.APPROVED);
    assertThatThrownBy(() -> approved.recordInvoice("INV-1", List.of(new Shipment.Line("A-1", BigDecimal.ONE, 0)),
        BigDecimal.TEN, now)).isInstanceOf(ConflictException.class);
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
    path.forEach(next -> move(order, next));
    return order;
  }

  /** The command that moves an order to the given phase. */
  private void move(PurchaseOrder order, PurchaseOrderStatus to) {
    switch (to) {
      case AWAITING_DOCUMENT -> order.awaitDocument(now);
      case PENDING_APPROVAL -> order.awaitApproval(now);
      case CREDIT_HOLD -> order.holdForCredit(now);
      case APPROVED -> order.approve(now);
      case SENT_TO_ERP -> order.recordErpReference("ERP-1", now);
      case REJECTED -> order.reject("no", now);
      case CANCELLED -> order.cancelForMissingDocument(now);
      case EXPIRED -> order.expire(Period.ofDays(7), now);
      default -> throw new IllegalArgumentException(to + " is derived, not moved to");
    }
  }

  private PurchaseOrder twoLineOrderInErp() {
    var lines = List.of(new PurchaseOrderLine("A-1", null, BigDecimal.ONE, BigDecimal.TEN, BigDecimal.TEN),
        new PurchaseOrderLine("B-2", null, new BigDecimal("2"), new BigDecimal("3"), new BigDecimal("6")));
    PurchaseOrder order = new PurchaseOrder("acme", "PO-123456", "USD", lines, new BigDecimal("16"), null, null,
        "acmebuyer", now);
    order.approve(now);
    order.recordErpReference("ERP-1", now);
    return order;
  }

  private PurchaseOrder order() {
    var line = new PurchaseOrderLine("A-1", null, BigDecimal.ONE, BigDecimal.TEN, BigDecimal.TEN);
    return new PurchaseOrder("acme", "PO-123456", "USD", List.of(line), BigDecimal.TEN, null, null, "acmebuyer", now);
  }
}
