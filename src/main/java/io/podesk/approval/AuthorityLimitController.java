package io.podesk.approval;

import io.podesk.audit.MasterDataChange;
import io.podesk.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The seller admin's API for the staff's authority limits (role admin, as every {@code /api/admin} route). */
@RestController
@RequestMapping("/api/admin/authority-limits")
@Tag(name = "Admin: authority limits", description = "How much each staff member or group may approve")
class AuthorityLimitController {

  /** {@code {"limit": "25000"}}, in the base currency. */
  record LimitRequest(BigDecimal limit) {}

  private final AuthorityLimitAdministration limits;

  AuthorityLimitController(AuthorityLimitAdministration limits) {
    this.limits = limits;
  }

  @GetMapping
  @Operation(summary = "Every limit set, per person and per group")
  List<AuthorityLimitView> all() {
    return limits.all();
  }

  @PutMapping(path = "/{userId}", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Set a staff member's own limit, in the base currency")
  AuthorityLimitView setForPerson(@PathVariable String userId, @RequestBody(required = false) LimitRequest request,
      Authentication caller) {
    return limits.setForPerson(userId, request == null ? null : request.limit(), Actor.person(caller.getName()));
  }

  @PutMapping(path = "/groups/{group}", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Set the limit of a staff group's members who have none of their own")
  AuthorityLimitView setForGroup(@PathVariable String group, @RequestBody(required = false) LimitRequest request,
      Authentication caller) {
    return limits.setForGroup(group, request == null ? null : request.limit(), Actor.person(caller.getName()));
  }

  @GetMapping("/{userId}/history")
  @Operation(summary = "Who changed the person's limit, when, from what to what")
  List<MasterDataChange> history(@PathVariable String userId) {
    return limits.historyOf(userId);
  }
}
