package io.podesk.approval;

import java.time.LocalDate;

/** Who decides for an approver while they are away, and when: a value of the out-of-office calendar. */
public record OutOfOfficePeriod(String userId, String delegateId, LocalDate from, LocalDate to) {

  static OutOfOfficePeriod of(OutOfOffice entry) {
    return new OutOfOfficePeriod(entry.userId(), entry.delegateId(), entry.from(), entry.to());
  }
}
