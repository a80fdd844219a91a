package io.podesk.orders;

import io.podesk.audit.AuditTrail;
import io.podesk.audit.AuditType;
import io.podesk.customers.CustomerDirectory;
import io.podesk.documents.Documents;
import io.podesk.documents.StoredDocument;
import io.podesk.shared.Actor;
import io.podesk.shared.CompanyId;
import io.podesk.shared.ConflictException;
import io.podesk.shared.InvalidInputException;
import io.podesk.shared.PurchaseOrderId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Enforces each company's document retention: once a finished order (completed, rejected, cancelled or expired) is
 * older than its company's retention period, its PO PDF and invoice PDFs are removed from the document store; the
 * documents' metadata and hashes stay, with an audit event per document saying when and under which rule. An order
 * under legal hold keeps everything. Runs nightly on one node (ShedLock), one order per transaction under the order's
 * row lock, so a hold set meanwhile is always seen.
 */
@Component
public class DocumentRetention {

  private static final Logger log = LoggerFactory.getLogger(DocumentRetention.class);
  private static final int BATCH = 200;
  static final int MAX_HOLD_REASON = 1000;

  private final PurchaseOrders orders;
  private final PurchaseOrderCommands commands;
  private final CustomerDirectory customers;
  private final Documents documents;
  private final AuditTrail audit;
  private final TransactionTemplate transactions;
  private final Clock clock;

  DocumentRetention(PurchaseOrders orders, PurchaseOrderCommands commands, CustomerDirectory customers,
      Documents documents, AuditTrail audit, TransactionTemplate transactions, Clock clock) {
    this.orders = orders;
    this.commands = commands;
    this.customers = customers;
    this.documents = documents;
    this.audit = audit;
    this.transactions = transactions;
    this.clock = clock;
  }

  /** A retention run's outcome: orders whose documents went, and the documents removed. */
  public record Run(int orders, int documents) {}

  @Scheduled(cron = "${podesk.documents.retention.cron:0 30 2 * * *}", zone = "UTC")
  @SchedulerLock(name = "document-retention", lockAtMostFor = "PT2H")
  void nightly() {
    Run run = removeExpired();
    if (run.orders() > 0) {
      log.info("Document retention removed {} document(s) of {} finished order(s)", run.documents(), run.orders());
    }
  }

  /** Removes the documents of every order past its company's retention period, now by the clock. */
  public Run removeExpired() {
    Instant now = Instant.now(clock);
    int orderCount = 0;
    int documentCount = 0;
    for (Map.Entry<CompanyId, Integer> company : customers.retentionDays().entrySet()) {
      int days = company.getValue();
      Instant cutOff = now.minus(Duration.ofDays(days));
      List<UUID> due;
      do {
        due = orders.pastRetention(company.getKey().value(), cutOff, PageRequest.ofSize(BATCH));
        for (UUID id : due) {
          Integer removed = transactions.execute(status -> retire(PurchaseOrderId.of(id), company.getKey(), days,
              cutOff));
          orderCount++;
          documentCount += removed == null ? 0 : removed;
        }
      } while (due.size() == BATCH);
    }
    return new Run(orderCount, documentCount);
  }

  private int retire(PurchaseOrderId id, CompanyId company, int days, Instant cutOff) {
    PurchaseOrder order = commands.lockRow(id);
    // read again under the lock: a hold or a resubmission since the query wins
    if (order.legalHold().isPresent() || order.documentsRetired() || order.finishedAt().isEmpty()
        || !order.finishedAt().get().isBefore(cutOff)) {
      return 0;
    }
    String rule = "retention of " + days + " days for company " + company.value() + ", counted from the order's "
        + order.status().name().toLowerCase(Locale.ROOT) + " on "
        + order.finishedAt().get().atOffset(ZoneOffset.UTC).toLocalDate();
    List<StoredDocument> removed = documents.removeForRetention(id, rule);
    order.documentsRetired(Instant.now(clock));
    return removed.size();
  }

  /** Puts an order under legal hold, or changes the reason of its hold; audited. */
  @Transactional
  public LegalHold hold(PurchaseOrderId id, String reason, Actor admin) {
    String text = reason == null ? "" : reason.strip();
    if (text.isEmpty()) {
      throw new InvalidInputException("reason", "say why the order is held (a case or matter reference, say)");
    }
    if (text.length() > MAX_HOLD_REASON) {
      throw new InvalidInputException("reason", "at most " + MAX_HOLD_REASON + " characters");
    }
    PurchaseOrder order = commands.lockRow(id);
    if (order.documentsRetired()) {
      throw new ConflictException("The documents of purchase order " + order.displayName() + " were already "
          + "removed under the retention rule; a hold cannot bring them back");
    }
    LegalHold hold = new LegalHold(text, admin.name(), Instant.now(clock));
    order.hold(hold);
    audit.record(id, admin, AuditType.LEGAL_HOLD_SET, text);
    return hold;
  }

  /** Lifts an order's legal hold; retention applies again from its next run. Audited. */
  @Transactional
  public void release(PurchaseOrderId id, Actor admin) {
    PurchaseOrder order = commands.lockRow(id);
    LegalHold hold = order.legalHold().orElseThrow(() -> new ConflictException(
        "Purchase order " + order.displayName() + " is not under legal hold"));
    order.releaseHold();
    audit.record(id, admin, AuditType.LEGAL_HOLD_RELEASED, "was held since " + hold.heldAt() + " by "
        + hold.heldBy() + ": " + hold.reason());
  }

  /** The order's hold, if any. */
  @Transactional(readOnly = true)
  public Optional<LegalHold> holdOf(PurchaseOrderId id) {
    return commands.load(id).legalHold();
  }
}
