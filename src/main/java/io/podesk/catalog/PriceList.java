package io.podesk.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A price list: the base list, or a contract list of one company or of one customer group. */
@Entity
@Table(name = "price_lists")
class PriceList {

  @Id private String code;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String currency;

  @Column(name = "company_id")
  private String companyId;

  @Column(name = "customer_group")
  private String customerGroup;

  protected PriceList() {}

  PriceList(PriceListView view) {
    this.code = view.code();
    restate(view);
  }

  void restate(PriceListView view) {
    this.name = view.name();
    this.currency = view.currency();
    this.companyId = view.company();
    this.customerGroup = view.customerGroup();
  }

  String code() {
    return code;
  }

  PriceListView view() {
    return new PriceListView(code, name, currency, companyId, customerGroup);
  }
}
