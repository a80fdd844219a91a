package io.podesk.credit;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the credit exposure the ERP reports per company (credit.updated), at versions that only move forward. */
@Service
public class ErpCreditReports {

  private final ErpCreditExposureRows rows;
  private final Clock clock;

  ErpCreditReports(ErpCreditExposureRows rows, Clock clock) {
    this.rows = rows;
    this.clock = clock;
  }

  /** Whether the exposure was recorded (false: a version not newer than the stored one, ignored). */
  @Transactional
  public boolean record(String companyId, BigDecimal exposure, String currency, long version) {
    Optional<ErpCreditExposureRow> existing = rows.findById(companyId);
    if (existing.isPresent() && existing.get().erpVersion() >= version) {
      return false;
    }
    ErpCreditExposureRow row = existing.orElseGet(() -> new ErpCreditExposureRow(companyId));
    row.restate(exposure, currency, version, Instant.now(clock));
    rows.save(row);
    return true;
  }

  /** The company's exposure as the ERP last reported it, with its currency; empty when it never did. */
  @Transactional(readOnly = true)
  Optional<ErpCreditExposureRow> of(String companyId) {
    return rows.findById(companyId);
  }
}
