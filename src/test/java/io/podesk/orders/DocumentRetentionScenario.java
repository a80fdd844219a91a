package io.podesk.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podesk.audit.AuditTrail;
import io.podesk.audit.TimelineEntry;
import io.podesk.documents.Documents;
import io.podesk.documents.StoredDocument;
import io.podesk.identity.MutableClock;
import io.podesk.shared.Actor;
import io.podesk.shared.ConflictException;
import io.podesk.shared.GoneException;
import io.podesk.shared.PurchaseOrderId;
import io.podesk.support.Pdfs;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Document retention on a clock the test moves, against the store a subclass configures: a finished order's PO PDF
 * and invoice PDF leave the store once the company's period has run, the metadata and hashes stay with an audit
 * event per document naming the rule; an order under legal hold keeps everything until the hold is lifted; a live
 * order is never touched.
 */
abstract class DocumentRetentionScenario {

  /** The clock every bean of the context reads. */
  @TestConfiguration
  static class Clocks {
    @Bean
    @Primary
    MutableClock testClock() {
      return new MutableClock();
    }
  }

  @Autowired PurchaseOrderIntake intake;
  @Autowired PurchaseOrderDocuments orderDocuments;
  @Autowired PurchaseOrderCommands lifecycle;
  @Autowired Documents documents;
  @Autowired DocumentRetention retention;
  @Autowired AuditTrail audit;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcTemplate jdbc;
  @Autowired Clock clock;

  private static int orderNumber;

  /** Whether the store still holds the document's bytes, asked of the store itself, not of PO Desk. */
  abstract boolean inStore(StoredDocument document);

  @BeforeEach
  void ninetyDaysOfRetention() {
    jdbc.update("update customers set retention_days = 90 where id = 'northwind'");
    // orders of earlier tests are past any period by now: retire them, so each test counts only its own
    ((MutableClock) clock).advance(Duration.ofDays(365));
    retention.removeExpired();
  }

  @Test
  void removesAFinishedOrdersDocumentsAfterThePeriodKeepingTheirFactsAndHashes() {
    PurchaseOrderId order = cancelledOrderWithPoAndInvoicePdf();
    List<StoredDocument> stored = documents.of(order);
    assertThat(stored).hasSize(2).allSatisfy(document -> assertThat(inStore(document)).isTrue());

    advanceDays(89);
    assertThat(retention.removeExpired()).isEqualTo(new DocumentRetention.Run(0, 0));
    assertThat(stored).allSatisfy(document -> assertThat(inStore(document)).isTrue());

    advanceDays(2);
    assertThat(retention.removeExpired()).isEqualTo(new DocumentRetention.Run(1, 2));

    assertThat(stored).allSatisfy(document -> assertThat(inStore(document)).as("bytes of " + document.fileName())
        .isFalse());
    assertThat(documents.of(order)).hasSize(2).allSatisfy(document -> {
      StoredDocument before = stored.stream().filter(s -> s.id().equals(document.id())).findFirst().orElseThrow();
      assertThat(document.sha256()).isEqualTo(before.sha256());
      assertThat(document.sizeBytes()).isEqualTo(before.sizeBytes());
      assertThat(document.removedAt()).isEqualTo(clock.instant());
      assertThat(document.removalRule()).startsWith("retention of 90 days for company northwind, counted from "
          + "the order's cancelled on ");
    });
    assertThat(audit.timelineOf(order)).filteredOn(entry -> entry.type().equals("DOCUMENT_REMOVED"))
        .hasSize(2).allSatisfy(entry -> {
          assertThat(entry.actor()).isEqualTo("system");
          assertThat(entry.detail()).contains("sha256 ").contains("retention of 90 days for company northwind");
        });
    assertThatThrownBy(() -> documents.download(stored.get(0).id(), "salesrep")).isInstanceOf(GoneException.class)
        .hasMessageContaining("retention of 90 days").hasMessageContaining(stored.get(0).sha256());
    // a second run finds nothing left to do
    assertThat(retention.removeExpired()).isEqualTo(new DocumentRetention.Run(0, 0));
  }

  @Test
  void keepsEverythingOfAnOrderUnderLegalHoldUntilTheHoldIsLifted() {
    PurchaseOrderId held = cancelledOrderWithPoAndInvoicePdf();
    retention.hold(held, "Litigation hold, matter 2026-117", Actor.person("admin"));
    List<StoredDocument> stored = documents.of(held);

    advanceDays(400);
    assertThat(retention.removeExpired()).isEqualTo(new DocumentRetention.Run(0, 0));

    assertThat(stored).allSatisfy(document -> assertThat(inStore(document)).isTrue());
    assertThat(documents.of(held)).allSatisfy(document -> assertThat(document.removedAt()).isNull());
    assertThat(documents.download(stored.get(0).id(), "salesrep").bytes()).hasSize((int) stored.get(0).sizeBytes());

    retention.release(held, Actor.person("admin"));
    ((MutableClock) clock).advance(Duration.ofHours(1));
    assertThat(retention.removeExpired()).isEqualTo(new DocumentRetention.Run(1, 2));
    assertThat(stored).allSatisfy(document -> assertThat(inStore(document)).isFalse());
    assertThat(audit.timelineOf(held)).extracting(TimelineEntry::type)
        .containsSubsequence("LEGAL_HOLD_SET", "LEGAL_HOLD_RELEASED", "DOCUMENT_REMOVED", "DOCUMENT_REMOVED");
    assertThatThrownBy(() -> retention.hold(held, "too late", Actor.person("admin")))
        .isInstanceOf(ConflictException.class).hasMessageContaining("already removed");
  }

  @Test
  void neverTouchesALiveOrder() {
    PurchaseOrderId live = submittedOrderWithPoPdf();
    List<StoredDocument> stored = documents.of(live);

    advanceDays(4000);
    retention.removeExpired();

    assertThat(stored).allSatisfy(document -> assertThat(inStore(document)).isTrue());
    assertThat(documents.of(live)).allSatisfy(document -> assertThat(document.removedAt()).isNull());
  }

  private PurchaseOrderId cancelledOrderWithPoAndInvoicePdf() {
    PurchaseOrderId order = submittedOrderWithPoPdf();
    // an invoice PDF goes into the same store under the order, as invoicing stores it
    transactions.executeWithoutResult(status -> documents.storePdf(order, "INV-9001.pdf", Pdfs.onePage(),
        Actor.SYSTEM));
    lifecycle.cancel(order, Actor.person("nwbuyer"));
    return order;
  }

  private PurchaseOrderId submittedOrderWithPoPdf() {
    PurchaseOrderSnapshot order = intake.submit("nwbuyer", new SubmitPurchaseOrder(
        "NW-RT-%04d".formatted(++orderNumber), "USD",
        List.of(new SubmitPurchaseOrder.Line("GLV-100", "Nitrile gloves, box of 100", new BigDecimal("10"),
            new BigDecimal("6.40"))), null, null));
    orderDocuments.attach(order.purchaseOrderId(), "signed PO.pdf", Pdfs.onePage(), Actor.person("nwbuyer"));
    return order.purchaseOrderId();
  }

  private void advanceDays(int days) {
    ((MutableClock) clock).advance(Duration.ofDays(days));
  }
}
