package io.podesk.audit;

import java.util.Objects;

/**
 * A record of master data whose changes the trail keeps: a customer company, a person (at a company or on the
 * seller's staff), a staff member's authority limit.
 *
 * @param id the company's code or the user id
 */
public record AuditSubject(Kind kind, String id) {

  public enum Kind {
    COMPANY,
    PERSON,
    AUTHORITY_LIMIT,
    /** The seller's own company profile. */
    SELLER,
    PRODUCT,
    PRICE_LIST,
    /** The seller's tax-rate table, one subject per tax class. */
    TAX_RATE,
    /** The seller's freight, handling and order-discount rules. */
    ORDER_CHARGES,
    SUPPLIER
  }

  public AuditSubject {
    Objects.requireNonNull(kind, "kind");
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("An audit subject needs an id");
    }
  }

  public static AuditSubject company(String code) {
    return new AuditSubject(Kind.COMPANY, code);
  }

  public static AuditSubject person(String userId) {
    return new AuditSubject(Kind.PERSON, userId);
  }

  public static AuditSubject authorityLimit(String userId) {
    return new AuditSubject(Kind.AUTHORITY_LIMIT, userId);
  }

  public static AuditSubject seller() {
    return new AuditSubject(Kind.SELLER, "seller");
  }

  public static AuditSubject product(String sku) {
    return new AuditSubject(Kind.PRODUCT, sku);
  }

  public static AuditSubject priceList(String code) {
    return new AuditSubject(Kind.PRICE_LIST, code);
  }

  public static AuditSubject supplier(String code) {
    return new AuditSubject(Kind.SUPPLIER, code);
  }

  public static AuditSubject orderCharges() {
    return new AuditSubject(Kind.ORDER_CHARGES, "seller");
  }

  public static AuditSubject taxRates(String taxClass) {
    return new AuditSubject(Kind.TAX_RATE, taxClass);
  }
}
