package io.podesk.orders;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** All purchase orders. */
public interface PurchaseOrders extends JpaRepository<PurchaseOrder, UUID>, JpaSpecificationExecutor<PurchaseOrder> {

  boolean existsByCustomerIdAndPoNumber(String customerId, String poNumber);

  Optional<PurchaseOrder> findByCustomerIdAndPoNumber(String customerId, String poNumber);
}
