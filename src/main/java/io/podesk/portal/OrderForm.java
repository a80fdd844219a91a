package io.podesk.portal;

import io.podesk.orders.PurchaseOrderView;
import io.podesk.orders.SubmitPurchaseOrder;
import io.podesk.shared.FieldError;
import io.podesk.shared.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The portal's PO form as typed: strings, so that "ten" in a quantity comes back as a message at that field
 * instead of a binding failure. Empty rows (the spare row of the form) are dropped.
 */
class OrderForm {

  private String poNumber;
  private String currency;
  private String notes;
  private String shipName;
  private String shipStreet;
  private String shipCity;
  private String shipPostalCode;
  private String shipCountry;
  private List<LineForm> lines = new ArrayList<>();

  /** One line as typed. */
  public static class LineForm {
    private String sku;
    private String description;
    private String quantity;
    private String unitPrice;

    public LineForm() {}

    LineForm(String sku, String description, String quantity, String unitPrice) {
      this.sku = sku;
      this.description = description;
      this.quantity = quantity;
      this.unitPrice = unitPrice;
    }

    boolean isBlank() {
      return blank(sku) && blank(description) && blank(quantity) && blank(unitPrice);
    }

    public String getSku() { return sku; }
    public void setSku(String sku) { this.sku = sku; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getQuantity() { return quantity; }
    public void setQuantity(String quantity) { this.quantity = quantity; }
    public String getUnitPrice() { return unitPrice; }
    public void setUnitPrice(String unitPrice) { this.unitPrice = unitPrice; }
  }

  static OrderForm empty(String currency) {
    OrderForm form = new OrderForm();
    form.currency = currency;
    form.lines.add(new LineForm());
    return form;
  }

  /** The form filled from an order, for a revision. */
  static OrderForm of(PurchaseOrderView order) {
    OrderForm form = new OrderForm();
    form.poNumber = order.poNumber();
    form.currency = order.currency();
    form.notes = order.notes();
    if (order.shipTo() != null) {
      form.shipName = order.shipTo().name();
      form.shipStreet = order.shipTo().street();
      form.shipCity = order.shipTo().city();
      form.shipPostalCode = order.shipTo().postalCode();
      form.shipCountry = order.shipTo().country();
    }
    order.lines().forEach(line -> form.lines.add(new LineForm(line.sku(), line.description(),
        line.quantity().stripTrailingZeros().toPlainString(), line.unitPrice().toPlainString())));
    return form;
  }

  /** The request for the intake; numbers that are not numbers are reported at their field. */
  SubmitPurchaseOrder toRequest() {
    List<FieldError> errors = new ArrayList<>();
    List<SubmitPurchaseOrder.Line> requestLines = new ArrayList<>();
    List<LineForm> typed = lines == null ? List.of() : lines.stream().filter(line -> !line.isBlank()).toList();
    // the blank rows are dropped: the form shows the kept rows, aligned with the messages' line numbers
    lines = new ArrayList<>(typed);
    if (lines.isEmpty()) {
      lines.add(new LineForm());
    }
    for (int i = 0; i < typed.size(); i++) {
      LineForm line = typed.get(i);
      requestLines.add(new SubmitPurchaseOrder.Line(line.sku, line.description,
          number(line.quantity, "lines[" + i + "].quantity", errors),
          number(line.unitPrice, "lines[" + i + "].unitPrice", errors)));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException("Some numbers are not numbers", errors);
    }
    boolean noAddress = blank(shipName) && blank(shipStreet) && blank(shipCity) && blank(shipPostalCode)
        && blank(shipCountry);
    return new SubmitPurchaseOrder(emptyToNull(poNumber), emptyToNull(currency), requestLines,
        noAddress ? null : new SubmitPurchaseOrder.Address(shipName, shipStreet, shipCity, shipPostalCode,
            emptyToNull(shipCountry)),
        emptyToNull(notes));
  }

  private static BigDecimal number(String value, String field, List<FieldError> errors) {
    if (blank(value)) {
      return null;
    }
    try {
      return new BigDecimal(value.strip().replace(",", ""));
    } catch (NumberFormatException e) {
      errors.add(new FieldError(field, "'" + value.strip() + "' is not a number"));
      return null;
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static String emptyToNull(String value) {
    return blank(value) ? null : value;
  }

  public String getPoNumber() { return poNumber; }
  public void setPoNumber(String poNumber) { this.poNumber = poNumber; }
  public String getCurrency() { return currency; }
  public void setCurrency(String currency) { this.currency = currency; }
  public String getNotes() { return notes; }
  public void setNotes(String notes) { this.notes = notes; }
  public String getShipName() { return shipName; }
  public void setShipName(String shipName) { this.shipName = shipName; }
  public String getShipStreet() { return shipStreet; }
  public void setShipStreet(String shipStreet) { this.shipStreet = shipStreet; }
  public String getShipCity() { return shipCity; }
  public void setShipCity(String shipCity) { this.shipCity = shipCity; }
  public String getShipPostalCode() { return shipPostalCode; }
  public void setShipPostalCode(String shipPostalCode) { this.shipPostalCode = shipPostalCode; }
  public String getShipCountry() { return shipCountry; }
  public void setShipCountry(String shipCountry) { this.shipCountry = shipCountry; }
  public List<LineForm> getLines() { return lines; }
  public void setLines(List<LineForm> lines) { this.lines = lines; }
}
