package io.podesk.erp;

import io.podesk.orders.Shipment;
import io.podesk.orders.SubmitPurchaseOrder;
import io.podesk.catalog.CatalogProduct;
import io.podesk.catalog.CatalogSync;
import io.podesk.customers.CompanySync;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * An event the ERP sent, read from its signed body by {@link ErpEventParser}: one record per type it handles.
 * Optional fields are null when the ERP left them out.
 */
sealed interface ErpEvent {

  Header header();

  /** What every event carries, whatever its type; the type as sent, since unknown types are kept too. */
  record Header(String id, String type, String company, String poNumber) {}

  /** The types PO Desk handles, by their name on the wire. */
  enum Type {
    ORDER_CREATED("order.created", false),
    PAYMENT("payment", false),
    ORDER_CONFIRMED("order.confirmed", true),
    ORDER_CANCELLED("order.cancelled", true),
    SHIPMENT("shipment", true),
    ORDER_CHANGED("order.changed", true),
    PRODUCT_UPSERTED("product.upserted", false),
    PRICE_UPDATED("price.updated", false),
    STOCK_UPDATED("stock.updated", false),
    CUSTOMER_UPSERTED("customer.upserted", false),
    CREDIT_UPDATED("credit.updated", false);

    private final String wireName;
    private final boolean aboutAnOrder;

    Type(String wireName, boolean aboutAnOrder) {
      this.wireName = wireName;
      this.aboutAnOrder = aboutAnOrder;
    }

    static Optional<Type> named(String wireName) {
      return Arrays.stream(values()).filter(type -> type.wireName.equals(wireName)).findFirst();
    }

    String wireName() {
      return wireName;
    }

    /**
     * Whether the event names an order PO Desk already has, by company and PO number. Such an event is matched
     * before its body is read, so one naming no known order is kept as unmatched whatever else it carries.
     */
    boolean aboutAnOrder() {
      return aboutAnOrder;
    }

    /** Catalog master data: about no company (a price may name one), so the header's company is optional. */
    boolean catalogData() {
      return this == PRODUCT_UPSERTED || this == PRICE_UPDATED || this == STOCK_UPDATED;
    }
  }

  /** An order entered in the ERP; the orders module validates it as it validates a buyer's. */
  record OrderCreated(Header header, SubmitPurchaseOrder order, String erpReference) implements ErpEvent {}

  /** A payment of one of our invoices, by its number. */
  record PaymentReported(Header header, String invoiceNumber, BigDecimal amount) implements ErpEvent {}

  /** The ERP took the order in; {@code total} (tax included, may be null) is compared with ours. */
  record OrderConfirmed(Header header, String erpReference, BigDecimal total, BigDecimal net, BigDecimal tax)
      implements ErpEvent {

    /** An ERP that reports only its total (tax included). */
    OrderConfirmed(Header header, String erpReference, BigDecimal total) {
      this(header, erpReference, total, null, null);
    }
  }

  /** The order's lines and notes as changed in the ERP; the orders module validates them. */
  record OrderChanged(Header header, SubmitPurchaseOrder change) implements ErpEvent {}

  /** Goods shipped: SKU and quantity per line, and a tracking number (may be null). */
  record ShipmentReported(Header header, List<Shipment.Line> lines, String trackingNumber) implements ErpEvent {

    public ShipmentReported {
      lines = List.copyOf(lines);
    }
  }

  /** A product as the ERP has it, at the ERP's version of it. */
  record ProductUpserted(Header header, long version, CatalogProduct product) implements ErpEvent {}

  /**
   * A price as the ERP has it, at its version: the base price, or the company's contract price when it names one.
   */
  record PriceUpdated(Header header, long version, CatalogSync.ErpPrice price) implements ErpEvent {}

  /** What is on hand of a SKU at a location (null: the main one), and when more is expected (may be null). */
  record StockUpdated(Header header, long version, String sku, String location, BigDecimal onHand,
      LocalDate expectedOn) implements ErpEvent {}

  /** A company's name, currency, credit limit and payment terms as the ERP has them, at its version. */
  record CustomerUpserted(Header header, long version, CompanySync.ErpCompany company) implements ErpEvent {}

  /** The company's credit exposure in the ERP's books (its open orders and unpaid invoices), at its version. */
  record CreditUpdated(Header header, long version, BigDecimal exposure, String currency) implements ErpEvent {}

  /** The ERP cancelled the order, with a reason (may be null). */
  record OrderCancelled(Header header, String reason) implements ErpEvent {}
}
