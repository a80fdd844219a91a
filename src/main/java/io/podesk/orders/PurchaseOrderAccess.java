package io.podesk.orders;

import io.podesk.customers.CompanyPerson;
import io.podesk.customers.CustomerDirectory;
import io.podesk.identity.Roles;
import io.podesk.shared.ForbiddenException;
import io.podesk.shared.NotFoundException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Who may see which order: staff see all; a customer's people only their own company's (others look absent). */
@Component
class PurchaseOrderAccess {

  private final PurchaseOrders orders;
  private final CustomerDirectory customers;

  PurchaseOrderAccess(PurchaseOrders orders, CustomerDirectory customers) {
    this.orders = orders;
    this.customers = customers;
  }

  PurchaseOrder visibleOrder(UUID id, Authentication caller) {
    return orders.findById(id)
        .filter(order -> Roles.isStaff(caller) || companyOf(caller).filter(order.customerId()::equals).isPresent())
        .orElseThrow(() -> new NotFoundException("No purchase order " + id));
  }

  /** Only the company's buyers (and staff) act on its orders: approvers approve, they do not withdraw. */
  void requireBuyerOrStaff(PurchaseOrder order, Authentication caller) {
    boolean buyer = customers.person(caller.getName())
        .filter(user -> user.isBuyer() && user.companyId().equals(order.customerId()))
        .isPresent();
    if (!buyer && !Roles.isStaff(caller)) {
      throw new ForbiddenException("Only a buyer of " + order.customerId() + " or seller staff can do this");
    }
  }

  /** The caller's company, or empty for staff. A caller who is neither sees nothing. */
  Optional<String> companyOf(Authentication caller) {
    return customers.person(caller.getName()).map(CompanyPerson::companyId);
  }
}
