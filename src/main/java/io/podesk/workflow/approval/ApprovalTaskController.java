package io.podesk.workflow.approval;

import io.podesk.approval.OutOfOfficePeriod;
import io.podesk.approval.OutOfOfficeCalendar;
import io.podesk.shared.InvalidInputException;
import io.podesk.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Approvers hand a task to a colleague, and name who decides for them while they are away. */
@RestController
@Tag(name = "Approval tasks")
class ApprovalTaskController {

  private final TaskDelegation delegation;
  private final OutOfOfficeCalendar calendar;
  private final IdentityService identity;

  ApprovalTaskController(TaskDelegation delegation, OutOfOfficeCalendar calendar, IdentityService identity) {
    this.delegation = delegation;
    this.calendar = calendar;
    this.identity = identity;
  }

  record Delegation(String to, String reason) {}

  record Absence(String delegate, LocalDate from, LocalDate to) {

    static Absence of(OutOfOfficePeriod entry) {
      return new Absence(entry.delegateId(), entry.from(), entry.to());
    }
  }

  @PostMapping("/api/approval-tasks/{taskId}/delegation")
  @Operation(summary = "Hand an approval task you hold (or could claim) to a colleague in its groups")
  ResponseEntity<Void> delegate(@PathVariable String taskId, @RequestBody Delegation request, Authentication caller) {
    delegation.delegate(taskId, caller.getName(), request.to(), request.reason());
    return ResponseEntity.noContent().build();
  }

  @PutMapping("/api/out-of-office")
  @Operation(summary = "Name the colleague who decides your approval tasks from one day to another")
  Absence setAbsence(@RequestBody Absence request, Authentication caller) {
    if (request.delegate() == null || identity.createUserQuery().userId(request.delegate()).count() == 0) {
      throw new InvalidInputException("delegate", "no user " + request.delegate());
    }
    return Absence.of(calendar.set(caller.getName(), request.delegate(), request.from(), request.to()));
  }

  @GetMapping("/api/out-of-office")
  Absence absence(Authentication caller) {
    return calendar.of(caller.getName()).map(Absence::of)
        .orElseThrow(() -> new NotFoundException("No out-of-office period set"));
  }

  @DeleteMapping("/api/out-of-office")
  ResponseEntity<Void> clearAbsence(Authentication caller) {
    calendar.clear(caller.getName());
    return ResponseEntity.noContent().build();
  }
}
