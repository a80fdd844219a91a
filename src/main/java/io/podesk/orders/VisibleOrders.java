package io.podesk.orders;

import java.util.UUID;
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
  public PurchaseOrder require(UUID id, Authentication caller) {
    return access.visibleOrder(id, caller);
  }
}
