package io.podesk.erp;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An invoice as the ERP receives it: its number, the PO number it quotes, amounts and due date. */
record ErpInvoice(String number, String company, String poNumber, String currency, BigDecimal net,
    BigDecimal tax, BigDecimal total, LocalDate dueDate, List<Line> lines) {

  public record Line(String sku, String description, BigDecimal quantity, BigDecimal unitPrice,
      BigDecimal lineTotal) {}
}
