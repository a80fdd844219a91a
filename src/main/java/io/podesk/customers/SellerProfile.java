package io.podesk.customers;

/**
 * The seller's own company as its invoices and mails name it.
 *
 * @param address the seller's postal address; its {@code name} is the legal name as printed
 * @param taxId the seller's VAT or tax registration number, or null
 * @param email where customers write to about invoices, or null
 */
public record SellerProfile(Address address, String taxId, String email) {

  public String name() {
    return address == null ? null : address.name();
  }
}
