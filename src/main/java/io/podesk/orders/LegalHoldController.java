package io.podesk.orders;

import io.podesk.shared.Actor;
import io.podesk.shared.NotFoundException;
import io.podesk.shared.PurchaseOrderId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The seller admin sets and lifts an order's legal hold (only admins reach /api/admin). */
@RestController
@RequestMapping("/api/admin/purchase-orders/{id}/legal-hold")
@Tag(name = "Admin: legal hold")
class LegalHoldController {

  private final DocumentRetention retention;

  LegalHoldController(DocumentRetention retention) {
    this.retention = retention;
  }

  /** Why the order is held. */
  record HoldRequest(String reason) {}

  @GetMapping
  @Operation(summary = "The order's legal hold (404 when it has none)")
  LegalHold get(@PathVariable UUID id) {
    return retention.holdOf(PurchaseOrderId.of(id))
        .orElseThrow(() -> new NotFoundException("Purchase order " + id + " is not under legal hold"));
  }

  @PutMapping
  @Operation(summary = "Put the order under legal hold, or change the hold's reason: retention removes none of its "
      + "documents while the hold stands")
  LegalHold hold(@PathVariable UUID id, @RequestBody HoldRequest request, Authentication admin) {
    return retention.hold(PurchaseOrderId.of(id), request.reason(), Actor.person(admin.getName()));
  }

  @DeleteMapping
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Lift the order's legal hold; retention applies again from its next run")
  void release(@PathVariable UUID id, Authentication admin) {
    retention.release(PurchaseOrderId.of(id), Actor.person(admin.getName()));
  }
}
