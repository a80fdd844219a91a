package io.podesk.customers;

/** Net payment terms: an invoice is due this many days after it is issued. */
public enum PaymentTerms {
  NET_15(15),
  NET_30(30),
  NET_60(60);

  private final int days;

  PaymentTerms(int days) {
    this.days = days;
  }

  public int days() {
    return days;
  }
}
