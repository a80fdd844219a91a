package io.podesk.approval;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApprovalRecords extends JpaRepository<ApprovalRecord, UUID> {

  boolean existsByChainIdAndApprover(String chainId, String approver);

  List<ApprovalRecord> findByChainIdOrderByDecidedAt(String chainId);

  boolean existsByTaskId(String taskId);

  List<ApprovalRecord> findByTaskIdIn(Collection<String> taskIds);

  List<ApprovalRecord> findByPurchaseOrderIdOrderByDecidedAt(UUID purchaseOrderId);
}
