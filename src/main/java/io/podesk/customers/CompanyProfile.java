package io.podesk.customers;

import java.util.List;

/**
 * A customer company as the seller's admins (and the company's own admins) see and edit it: its terms for orders and
 * everything else the seller keeps about it.
 *
 * @param billingAddress where invoices go; null until it is known
 * @param shipTos the places its goods may go, the first one the default
 * @param documentReminderDays days after submission before the buyer is reminded of a missing signed PDF
 * @param documentCancelDays days after submission before an order still missing its signed PDF is cancelled
 * @param taxExemption its tax-exemption certificate, or null
 * @param retentionDays days a finished order's PO PDF and invoice PDFs are kept before they are removed
 */
public record CompanyProfile(CustomerTerms terms, Address billingAddress, List<Address> shipTos,
    int documentReminderDays, int documentCancelDays, TaxExemption taxExemption, int retentionDays) {

  /** The defaults of a company whose profile says nothing more than its terms. */
  public static final int DEFAULT_DOCUMENT_REMINDER_DAYS = 2;
  public static final int DEFAULT_DOCUMENT_CANCEL_DAYS = 7;
  public static final int DEFAULT_RETENTION_DAYS = 3650;

  public CompanyProfile {
    shipTos = shipTos == null ? List.of() : List.copyOf(shipTos);
  }

  /** A company known only by its terms: no addresses yet, and the default periods. */
  public static CompanyProfile of(CustomerTerms terms) {
    return new CompanyProfile(terms, null, List.of(), DEFAULT_DOCUMENT_REMINDER_DAYS, DEFAULT_DOCUMENT_CANCEL_DAYS,
        null, DEFAULT_RETENTION_DAYS);
  }

  public String code() {
    return terms.id();
  }
}
