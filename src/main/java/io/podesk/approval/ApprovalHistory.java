package io.podesk.approval;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The approval decisions for reports: read-only values, not the records. */
@Service
public class ApprovalHistory {

  private final ApprovalRecords records;

  ApprovalHistory(ApprovalRecords records) {
    this.records = records;
  }

  /** Every decision taken at or after the moment (indexed on decided_at). */
  @Transactional(readOnly = true)
  public List<DecidedApproval> decidedSince(Instant from) {
    return records.decidedSince(from);
  }
}
