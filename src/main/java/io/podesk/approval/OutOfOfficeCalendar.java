package io.podesk.approval;

import io.podesk.shared.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who is away when, and who decides in their place. */
@Service
public class OutOfOfficeCalendar {

  private final OutOfOfficeEntries entries;
  private final Clock clock;

  OutOfOfficeCalendar(OutOfOfficeEntries entries, Clock clock) {
    this.entries = entries;
    this.clock = clock;
  }

  @Transactional
  public OutOfOfficePeriod set(String userId, String delegateId, LocalDate from, LocalDate to) {
    if (delegateId == null || delegateId.isBlank() || delegateId.equals(userId)) {
      throw new InvalidInputException("delegate", "name a colleague who decides while you are away");
    }
    if (from == null || to == null || to.isBefore(from)) {
      throw new InvalidInputException("to", "the period needs a start and an end that is not before it");
    }
    return OutOfOfficePeriod.of(entries.save(new OutOfOffice(userId, delegateId, from, to)));
  }

  @Transactional
  public void clear(String userId) {
    entries.deleteById(userId);
  }

  @Transactional(readOnly = true)
  public Optional<OutOfOfficePeriod> of(String userId) {
    return entries.findById(userId).map(OutOfOfficePeriod::of);
  }

  /** The colleague deciding for the user today, if the user is away. */
  @Transactional(readOnly = true)
  public Optional<String> delegateToday(String userId) {
    LocalDate today = LocalDate.now(clock);
    return entries.findById(userId).filter(entry -> entry.covers(today)).map(OutOfOffice::delegateId);
  }
}
