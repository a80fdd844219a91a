package io.podesk.orders;

import io.podesk.shared.AssignedIdEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** Goods the ERP reported shipped for an order. */
@Entity
@Immutable
@Table(name = "shipments")
public class Shipment extends AssignedIdEntity<UUID> {

  /**
   * A shipped quantity of a SKU. As stored, each names the order line it filled ({@code orderLine}, counted from 0):
   * two lines with one SKU are told apart, each invoiced at its own price. As the ERP reports it, it names none yet.
   */
  @Embeddable
  public record Line(@Column(name = "sku") String sku, @Column(name = "quantity") BigDecimal quantity,
      @Column(name = "order_line_no") Integer orderLine) {

    /** A line as the ERP reports it: SKU and quantity, not yet allocated to the order's lines. */
    public Line(String sku, BigDecimal quantity) {
      this(sku, quantity, null);
    }
  }


  @Column(name = "purchase_order_id", nullable = false)
  private UUID purchaseOrderId;

  @Column(name = "erp_event_id")
  private String erpEventId;

  @Column(name = "tracking_number")
  private String trackingNumber;

  @Column(name = "shipped_at", nullable = false)
  private Instant shippedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "shipment_lines", joinColumns = @JoinColumn(name = "shipment_id"))
  @OrderColumn(name = "line_no")
  private List<Line> lines = new ArrayList<>();

  protected Shipment() {}

  Shipment(UUID purchaseOrderId, String erpEventId, String trackingNumber, List<Line> lines, Instant shippedAt) {
    this.id = UUID.randomUUID();
    this.purchaseOrderId = purchaseOrderId;
    this.erpEventId = erpEventId;
    this.trackingNumber = trackingNumber;
    this.lines = new ArrayList<>(lines);
    this.shippedAt = shippedAt;
  }

  public UUID id() {
    return id;
  }

  public UUID purchaseOrderId() {
    return purchaseOrderId;
  }

  public String trackingNumber() {
    return trackingNumber;
  }

  public Instant shippedAt() {
    return shippedAt;
  }

  public List<Line> lines() {
    return List.copyOf(lines);
  }
}
