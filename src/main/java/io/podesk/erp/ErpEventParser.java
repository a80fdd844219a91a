package io.podesk.erp;

import com.fasterxml.jackson.databind.JsonNode;
import io.podesk.customers.CompanySync;
import io.podesk.erp.ErpEvent.CreditUpdated;
import io.podesk.erp.ErpEvent.CustomerUpserted;
import io.podesk.erp.ErpEvent.Header;
import io.podesk.erp.ErpEvent.OrderCancelled;
import io.podesk.erp.ErpEvent.OrderChanged;
import io.podesk.erp.ErpEvent.OrderConfirmed;
import io.podesk.erp.ErpEvent.OrderCreated;
import io.podesk.erp.ErpEvent.PaymentReported;
import io.podesk.erp.ErpEvent.PriceUpdated;
import io.podesk.erp.ErpEvent.ProductUpserted;
import io.podesk.erp.ErpEvent.ShipmentReported;
import io.podesk.erp.ErpEvent.StockUpdated;
import io.podesk.catalog.CatalogProduct;
import io.podesk.catalog.CatalogSync;
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
    boolean companyOptional = ErpEvent.Type.named(type).map(ErpEvent.Type::catalogData).orElse(false);
    String company = companyOptional ? ErpEventJson.optional(event, "company", ErpEventJson.MAX_COMPANY)
        : ErpEventJson.required(event, "company", ErpEventJson.MAX_COMPANY);
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
          ErpEventJson.decimal(event, "total"), ErpEventJson.decimal(event, "net"),
          ErpEventJson.decimal(event, "tax"));
      case ORDER_CHANGED -> new OrderChanged(header, ErpEventJson.order(event, header.poNumber()));
      case SHIPMENT -> new ShipmentReported(header, ErpEventJson.shipmentLines(event),
          ErpEventJson.optional(event, "trackingNumber", ErpEventJson.MAX_TEXT));
      case ORDER_CANCELLED -> new OrderCancelled(header, ErpEventJson.optional(event, "reason",
          ErpEventJson.MAX_REASON));
      case PRODUCT_UPSERTED -> new ProductUpserted(header, ErpEventJson.version(event), new CatalogProduct(
          ErpEventJson.required(event, "sku", ErpEventJson.MAX_SKU), ErpEventJson.required(event, "name", 200),
          ErpEventJson.required(event, "category", 64), ErpEventJson.required(event, "unit", 16),
          ErpEventJson.required(event, "taxClass", 32), ErpEventJson.bool(event, "active"),
          ErpEventJson.decimal(event, "packSize"), ErpEventJson.decimal(event, "minOrderQuantity")));
      case PRICE_UPDATED -> new PriceUpdated(header, ErpEventJson.version(event), new CatalogSync.ErpPrice(
          ErpEventJson.required(event, "sku", ErpEventJson.MAX_SKU), ErpEventJson.decimal(event, "price"),
          ErpEventJson.required(event, "currency", 3), header.company(), ErpEventJson.date(event, "validFrom"),
          ErpEventJson.date(event, "validTo")));
      case STOCK_UPDATED -> new StockUpdated(header, ErpEventJson.version(event),
          ErpEventJson.required(event, "sku", ErpEventJson.MAX_SKU), ErpEventJson.optional(event, "location", 64),
          ErpEventJson.onHand(event), ErpEventJson.date(event, "expectedOn"));
      case CUSTOMER_UPSERTED -> new CustomerUpserted(header, ErpEventJson.version(event), new CompanySync.ErpCompany(
          header.company(), ErpEventJson.required(event, "name", 200), ErpEventJson.required(event, "currency", 3),
          ErpEventJson.decimal(event, "creditLimit"), ErpEventJson.paymentTerms(event)));
      case CREDIT_UPDATED -> new CreditUpdated(header, ErpEventJson.version(event),
          ErpEventJson.money(event, "exposure"), ErpEventJson.required(event, "currency", 3));
    };
  }
}
