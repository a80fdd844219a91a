package io.podesk.invoicing;

import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param taxRate the tax on invoices, e.g. 0.08 for 8 %
 * @param reminderDays how many days before the due date the buyer is reminded
 * @param dunningInterval how often an overdue invoice is dunned; from the second notice the sales rep hears too
 */
@ConfigurationProperties("podesk.invoicing")
public record InvoicingProperties(BigDecimal taxRate, int reminderDays, Duration dunningInterval) {

  public InvoicingProperties {
    taxRate = taxRate == null ? BigDecimal.ZERO : taxRate;
    reminderDays = reminderDays <= 0 ? 5 : reminderDays;
    dunningInterval = dunningInterval == null ? Duration.ofDays(7) : dunningInterval;
  }
}
