package io.podesk.invoicing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An invoice the ERP issued (with {@code podesk.invoicing.issuer=erp}), as PO Desk records it: the ERP's number,
 * dates, lines and amounts, which PO Desk shows, mails and takes payments on as they are.
 */
public record ErpIssuedInvoice(String number, LocalDate issuedOn, LocalDate dueDate, List<Line> lines,
    BigDecimal net, BigDecimal tax) {

  public record Line(String sku, String description, BigDecimal quantity, BigDecimal unitPrice,
      BigDecimal lineTotal) {}

  public ErpIssuedInvoice {
    lines = List.copyOf(lines);
  }
}
