package io.podesk.invoicing;

import io.podesk.shared.Actor;
import io.podesk.shared.AssignedIdEntity;
import io.podesk.shared.ConflictException;
import io.podesk.shared.InvalidInputException;
import io.podesk.shared.Money;
import io.podesk.shared.PurchaseOrderId;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An invoice for one shipment. */
@Entity
@Table(name = "invoices")
public class Invoice extends AssignedIdEntity<UUID> {

  /** One invoiced line: what shipped, at the order's price. */
  @Embeddable
  public record Line(@Column(name = "sku") String sku, @Column(name = "description") String description,
      @Column(name = "quantity") BigDecimal quantity, @Column(name = "unit_price") BigDecimal unitPrice,
      @Column(name = "line_total") BigDecimal lineTotal, @Column(name = "tax_percent") BigDecimal taxPercent) {}


  /** A payment recorded against the invoice. */
  @Embeddable
  public record Payment(@Column(name = "amount") BigDecimal amount, @Column(name = "recorded_by") String by,
      @Column(name = "recorded_at") Instant at) {}

  @Version
  private long version;

  @Column(nullable = false)
  private String number;

  @Column(name = "purchase_order_id", nullable = false)
  private UUID purchaseOrderId;

  @Column(name = "shipment_id", nullable = false)
  private UUID shipmentId;

  @Column(name = "po_number")
  private String poNumber;

  @Column(nullable = false)
  private String currency;

  @Column(nullable = false)
  private BigDecimal net;

  @Column(nullable = false)
  private BigDecimal tax;

  /** What the order's discount took off this invoice's lines; {@link #net} is after it. */
  @Column(nullable = false)
  private BigDecimal discount = BigDecimal.ZERO;

  /** The order's freight and handling, on its first invoice; included in {@link #net}. */
  @Column(nullable = false)
  private BigDecimal freight = BigDecimal.ZERO;

  @Column(nullable = false)
  private BigDecimal handling = BigDecimal.ZERO;

  @Column(nullable = false)
  private BigDecimal total;

  @Column(nullable = false)
  private BigDecimal paid = BigDecimal.ZERO;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Column(name = "document_id")
  private UUID documentId;

  @Column(name = "erp_pushed_at")
  private Instant erpPushedAt;

  @Column(name = "reminded_at")
  private Instant remindedAt;

  @Column(name = "dunning_level", nullable = false)
  private int dunningLevel;

  @Column(name = "last_dunned_at")
  private Instant lastDunnedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "invoice_lines", joinColumns = @JoinColumn(name = "invoice_id"))
  @OrderColumn(name = "line_no")
  private List<Line> lines = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "invoice_payments", joinColumns = @JoinColumn(name = "invoice_id"))
  @OrderColumn(name = "payment_no")
  private List<Payment> payments = new ArrayList<>();

  protected Invoice() {}

  Invoice(String number, UUID purchaseOrderId, UUID shipmentId, String poNumber, String currency, List<Line> lines,
      BigDecimal net, BigDecimal tax, Instant issuedAt, LocalDate dueDate, BigDecimal discount, BigDecimal freight,
      BigDecimal handling) {
    this(number, purchaseOrderId, shipmentId, poNumber, currency, lines, net, tax, issuedAt, dueDate);
    this.discount = discount;
    this.freight = freight;
    this.handling = handling;
  }

  Invoice(String number, UUID purchaseOrderId, UUID shipmentId, String poNumber, String currency, List<Line> lines,
      BigDecimal net, BigDecimal tax, Instant issuedAt, LocalDate dueDate) {
    this.id = UUID.randomUUID();
    this.number = number;
    this.purchaseOrderId = purchaseOrderId;
    this.shipmentId = shipmentId;
    this.poNumber = poNumber;
    this.currency = currency;
    this.lines = new ArrayList<>(lines);
    this.net = net;
    this.tax = tax;
    this.total = net.add(tax);
    this.issuedAt = issuedAt;
    this.dueDate = dueDate;
  }

  /** Settles part or all of the invoice; more than is outstanding is refused. */
  void pay(BigDecimal amount, Actor by, Instant at) {
    if (amount == null || amount.signum() <= 0) {
      throw new InvalidInputException("amount", "a payment must be a positive amount");
    }
    if (amount.compareTo(outstandingAmount()) > 0) {
      throw new ConflictException("Invoice " + number + " has " + outstanding()
          + " outstanding; a payment of " + amount.toPlainString() + " is more than that");
    }
    this.paid = paid.add(amount);
    payments.add(new Payment(amount, by.name(), at));
  }

  /** Open, due within the notice period, and not reminded yet. */
  boolean dueForReminder(LocalDate today, int noticeDays) {
    return outstandingAmount().signum() > 0 && remindedAt == null && !today.isAfter(dueDate)
        && !today.plusDays(noticeDays).isBefore(dueDate);
  }

  /** Open past its due date, and not dunned within the interval. */
  boolean dueForDunning(LocalDate today, Instant now, Duration interval) {
    return outstandingAmount().signum() > 0 && today.isAfter(dueDate)
        && (lastDunnedAt == null || !now.isBefore(lastDunnedAt.plus(interval)));
  }

  public boolean pushedToErp() {
    return erpPushedAt != null;
  }

  void pushedToErp(Instant now) {
    this.erpPushedAt = now;
  }

  void reminded(Instant now) {
    this.remindedAt = now;
  }

  /** Records a dunning notice; returns its level (1 = first). */
  int dunned(Instant now) {
    this.lastDunnedAt = now;
    return ++dunningLevel;
  }

  void attach(UUID documentId) {
    this.documentId = documentId;
  }

  public UUID id() {
    return id;
  }

  public String number() {
    return number;
  }

  public PurchaseOrderId purchaseOrderId() {
    return PurchaseOrderId.of(purchaseOrderId);
  }

  public UUID shipmentId() {
    return shipmentId;
  }

  public String poNumber() {
    return poNumber;
  }

  public String currency() {
    return currency;
  }

  public Money net() {
    return Money.of(net, currency);
  }

  public Money tax() {
    return Money.of(tax, currency);
  }

  public Money discount() {
    return Money.of(discount, currency);
  }

  public Money freight() {
    return Money.of(freight, currency);
  }

  public Money handling() {
    return Money.of(handling, currency);
  }

  /** Net plus tax. */
  public Money total() {
    return Money.of(total, currency);
  }

  public Money paid() {
    return Money.of(paid, currency);
  }

  public Money outstanding() {
    return Money.of(outstandingAmount(), currency);
  }

  /** Whether nothing is left to pay. */
  public boolean settled() {
    return outstandingAmount().signum() == 0;
  }

  private BigDecimal outstandingAmount() {
    return total.subtract(paid);
  }

  public Instant issuedAt() {
    return issuedAt;
  }

  public LocalDate dueDate() {
    return dueDate;
  }

  public UUID documentId() {
    return documentId;
  }

  public List<Line> lines() {
    return List.copyOf(lines);
  }

  /** Every payment recorded, oldest first; they add up to {@link #paid()}. */
  public List<Payment> payments() {
    return List.copyOf(payments);
  }
}
