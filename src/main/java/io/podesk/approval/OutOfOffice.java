package io.podesk.approval;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** While away, an approver's tasks go to a named colleague. */
@Entity
@Table(name = "out_of_office")
class OutOfOffice {

  @Id
  @Column(name = "user_id")
  private String userId;

  @Column(name = "delegate_id", nullable = false)
  private String delegateId;

  @Column(name = "from_date", nullable = false)
  private LocalDate from;

  @Column(name = "to_date", nullable = false)
  private LocalDate to;

  protected OutOfOffice() {}

  OutOfOffice(String userId, String delegateId, LocalDate from, LocalDate to) {
    this.userId = userId;
    this.delegateId = delegateId;
    this.from = from;
    this.to = to;
  }

  public boolean covers(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(to);
  }

  public String userId() {
    return userId;
  }

  public String delegateId() {
    return delegateId;
  }

  public LocalDate from() {
    return from;
  }

  public LocalDate to() {
    return to;
  }
}
