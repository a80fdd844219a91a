package io.podesk.erp;

import com.fasterxml.jackson.databind.JsonNode;
import io.podesk.erp.ErpEvent.Header;
import io.podesk.erp.ErpEvent.OrderCancelled;
import io.podesk.erp.ErpEvent.OrderChanged;
import io.podesk.erp.ErpEvent.OrderConfirmed;
import io.podesk.erp.ErpEvent.OrderCreated;
import io.podesk.erp.ErpEvent.PaymentReported;
import io.podesk.erp.ErpEvent.ShipmentReported;
import io.podesk.shared.InvalidInputException;

/**
 * The one place an ERP event's fields are read: its header first, then, once its type is known, the rest into that
 * type's record. A field that is wrong ends in an {@link InvalidInputException} naming it. Fields are read in a
 * fixed order, so an event with several wrong fields is always refused for the same one.
 */
final class ErpEventParser {

  private ErpEventParser() {}

  /** Id, type, company and PO number, each within its column's size. */
  static Header header(JsonNode event) {
    String id = ErpEventJson.required(event, "id");
    String type = ErpEventJson.required(event, "type", ErpEventJson.MAX_TYPE);
    String company = ErpEventJson.required(event, "company", ErpEventJson.MAX_COMPANY);
    String poNumber = ErpEventJson.optional(event, "poNumber", ErpEventJson.MAX_PO_NUMBER);
    return new Header(id, type, company, poNumber);
  }

  /** The event as the record of its type; {@code header} is the one read from the same body. */
  static ErpEvent read(ErpEvent.Type type, Header header, JsonNode event) {
    return switch (type) {
      case ORDER_CREATED -> new OrderCreated(header, ErpEventJson.order(event, header.poNumber()),
          ErpEventJson.required(event, "erpReference"));
      case PAYMENT -> new PaymentReported(header, ErpEventJson.required(event, "invoiceNumber"),
          ErpEventJson.amount(event));
      case ORDER_CONFIRMED -> new OrderConfirmed(header, ErpEventJson.required(event, "erpReference"),
          ErpEventJson.decimal(event, "total"));
      case ORDER_CHANGED -> new OrderChanged(header, ErpEventJson.order(event, header.poNumber()));
      case SHIPMENT -> new ShipmentReported(header, ErpEventJson.shipmentLines(event),
          ErpEventJson.optional(event, "trackingNumber", ErpEventJson.MAX_TEXT));
      case ORDER_CANCELLED -> new OrderCancelled(header, ErpEventJson.optional(event, "reason",
          ErpEventJson.MAX_REASON));
    };
  }
}
