package io.podesk.erp;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface InboundErpEvents extends JpaRepository<InboundErpEvent, String> {

  List<InboundErpEvent> findByStatusOrderByReceivedAtDesc(String status, Pageable page);

  List<InboundErpEvent> findAllByOrderByReceivedAtDesc(Pageable page);
}
