package io.podesk.invoicing;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param taxRate the tax on invoices, e.g. 0.08 for 8 % */
@ConfigurationProperties("podesk.invoicing")
public record InvoicingProperties(BigDecimal taxRate) {

  public InvoicingProperties {
    taxRate = taxRate == null ? BigDecimal.ZERO : taxRate;
  }
}
