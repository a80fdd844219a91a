package io.podesk.approval;

import java.util.UUID;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface StoredSlots extends JpaRepository<StoredSlot, UUID> {

  List<StoredSlot> findByPlanIdOrderByStepIndexAscSlotIndexAsc(String planId);

  /** The plan's slots, locked: binding a task to a free slot takes turns per plan. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  List<StoredSlot> findForUpdateByPlanIdOrderByStepIndexAscSlotIndexAsc(String planId);

  Optional<StoredSlot> findByTaskId(String taskId);
}
