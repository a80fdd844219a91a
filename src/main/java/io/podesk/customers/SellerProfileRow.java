package io.podesk.customers;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The one row of the seller's profile. */
@Entity
@Table(name = "seller_profile")
class SellerProfileRow {

  static final int ID = 1;

  @Id private Integer id = ID;

  @Embedded private Address address;

  @Column(name = "tax_id")
  private String taxId;

  private String email;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected SellerProfileRow() {}

  SellerProfileRow(SellerProfile profile, String updatedBy, Instant updatedAt) {
    restate(profile, updatedBy, updatedAt);
  }

  void restate(SellerProfile profile, String updatedBy, Instant updatedAt) {
    this.address = profile.address();
    this.taxId = profile.taxId();
    this.email = profile.email();
    this.updatedBy = updatedBy;
    this.updatedAt = updatedAt;
  }

  SellerProfile profile() {
    return new SellerProfile(address, taxId, email);
  }
}
