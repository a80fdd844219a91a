package io.podesk.erp;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An event received from the ERP and what PO Desk made of it. */
@Entity
@Table(name = "erp_inbound_events")
class InboundErpEvent {

  /** What became of an event. */
  public enum Status { APPLIED, UNMATCHED, REFUSED }

  @Id private String id;

  @Column(nullable = false)
  private String type;

  private String company;

  @Column(name = "po_number")
  private String poNumber;

  @Column(name = "purchase_order_id")
  private UUID purchaseOrderId;

  @Column(nullable = false)
  private String status;

  private String detail;

  @Column(nullable = false)
  private String payload;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  protected InboundErpEvent() {}

  InboundErpEvent(String id, String type, String company, String poNumber, String payload, Instant receivedAt) {
    this.id = id;
    this.type = type;
    this.company = company;
    this.poNumber = poNumber;
    this.payload = payload;
    this.receivedAt = receivedAt;
    this.status = Status.REFUSED.name();
  }

  void outcome(Status status, UUID purchaseOrderId, String detail) {
    this.status = status.name();
    this.purchaseOrderId = purchaseOrderId;
    this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
  }

  /** The body as the ERP signed and sent it. */
  String payload() {
    return payload;
  }

  public String id() {
    return id;
  }

  public String type() {
    return type;
  }

  public String company() {
    return company;
  }

  public String poNumber() {
    return poNumber;
  }

  public UUID purchaseOrderId() {
    return purchaseOrderId;
  }

  public Status status() {
    return Status.valueOf(status);
  }

  public String detail() {
    return detail;
  }

  public Instant receivedAt() {
    return receivedAt;
  }
}
