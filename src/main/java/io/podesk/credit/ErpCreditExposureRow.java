package io.podesk.credit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A company's credit exposure as the ERP last reported it. */
@Entity
@Table(name = "erp_credit_exposures")
class ErpCreditExposureRow {

  @Id
  @Column(name = "company_id")
  private String companyId;

  @Column(nullable = false)
  private BigDecimal exposure;

  @Column(nullable = false)
  private String currency;

  @Column(name = "erp_version", nullable = false)
  private long erpVersion;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected ErpCreditExposureRow() {}

  ErpCreditExposureRow(String companyId) {
    this.companyId = companyId;
  }

  void restate(BigDecimal exposure, String currency, long version, Instant now) {
    this.exposure = exposure;
    this.currency = currency;
    this.erpVersion = version;
    this.updatedAt = now;
  }

  long erpVersion() {
    return erpVersion;
  }

  BigDecimal exposure() {
    return exposure;
  }

  String currency() {
    return currency;
  }
}
