package io.podesk.approval;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface StoredPlans extends JpaRepository<StoredPlan, String> {

  Optional<StoredPlan> findFirstByPurchaseOrderIdAndRevisionOrderByPlannedAtDesc(UUID purchaseOrderId,
      int revision);
}
