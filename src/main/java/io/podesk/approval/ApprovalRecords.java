package io.podesk.approval;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ApprovalRecords extends JpaRepository<ApprovalRecord, UUID> {

  boolean existsByChainIdAndApprover(String chainId, String approver);

  List<ApprovalRecord> findByChainIdOrderByDecidedAt(String chainId);

  boolean existsByTaskId(String taskId);

  List<ApprovalRecord> findByTaskIdIn(Collection<String> taskIds);

  List<ApprovalRecord> findByPurchaseOrderIdOrderByDecidedAt(UUID purchaseOrderId);

  @Query("select new io.podesk.approval.DecidedApproval(r.purchaseOrderId, r.taskId, r.approverGroup, r.approver,"
      + " r.decision, r.reason, r.delegatedBy, r.decidedAt) from ApprovalRecord r where r.decidedAt >= :from")
  List<DecidedApproval> decidedSince(Instant from);
}
