package io.podesk.orders;

import io.podesk.shared.PurchaseOrderId;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** For other modules' APIs: the order, if the caller may see it (another company's looks absent: 404). */
@Component
public class VisibleOrders {

  private final PurchaseOrderAccess access;

  VisibleOrders(PurchaseOrderAccess access) {
    this.access = access;
  }

  @Transactional(readOnly = true)
  public PurchaseOrder require(PurchaseOrderId id, Authentication caller) {
    return access.visibleOrder(id.value(), caller);
  }
}
