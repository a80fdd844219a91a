package io.podesk.orders;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

/** A purchase order as a buyer submits it. The company is never part of it: it is the buyer's own. */
public record SubmitPurchaseOrder(
    @Schema(example = "PO-123456") String poNumber,
    @Schema(example = "USD") String currency,
    List<Line> lines,
    Address shipTo,
    String notes) {

  /** One line as submitted. */
  public record Line(
      @Schema(example = "BRG-6204") String sku,
      @Schema(example = "Ball bearing 6204") String description,
      @Schema(example = "10") BigDecimal quantity,
      @Schema(example = "12.50") BigDecimal unitPrice) {}

  /** The delivery address; country as ISO 3166 alpha-2. */
  public record Address(String name, String street, String city, String postalCode, String country) {}
}
