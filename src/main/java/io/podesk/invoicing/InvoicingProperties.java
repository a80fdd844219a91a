package io.podesk.invoicing;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Tax is not here: each invoice line carries its order line's rate from the tax table (see {@code podesk.tax}).
 *
 * @param reminderDays how many days before the due date the buyer is reminded
 * @param dunningInterval how often an overdue invoice is dunned; from the second notice the sales rep hears too
 * @param issuer who issues the invoices: PO Desk (one per shipment, its own numbers), or the ERP (PO Desk reads
 *     them back, shows, mails and takes payments on them, and issues none of its own)
 */
@ConfigurationProperties("podesk.invoicing")
public record InvoicingProperties(int reminderDays, Duration dunningInterval, Issuer issuer) {

  public enum Issuer { PODESK, ERP }

  public InvoicingProperties {
    issuer = issuer == null ? Issuer.PODESK : issuer;
    reminderDays = reminderDays <= 0 ? 5 : reminderDays;
    dunningInterval = dunningInterval == null ? Duration.ofDays(7) : dunningInterval;
  }
}
