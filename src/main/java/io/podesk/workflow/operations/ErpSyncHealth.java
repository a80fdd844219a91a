package io.podesk.workflow.operations;

import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.*;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Which ERP pushes are failing right now: open incidents at the push steps (orders and invoices), as an admin endpoint and as the
 * metric {@code podesk.erp.failing.pushes} (Prometheus: {@code podesk_erp_failing_pushes}).
 */
@RestController
@Tag(name = "Admin: ERP sync health")
class ErpSyncHealth {

  private final RuntimeService runtime;

  ErpSyncHealth(RuntimeService runtime, MeterRegistry meters) {
    this.runtime = runtime;
    Gauge.builder("podesk.erp.failing.pushes", this, health -> health.failing().size())
        .description("Orders whose push to the ERP ran out of retries (open incidents)")
        .register(meters);
  }

  record FailingPush(String purchaseOrderId, String incidentId, String error, Date since) {}

  @GetMapping("/api/admin/erp-sync")
  @Operation(summary = "Orders whose ERP push is failing (retry them from Cockpit)")
  List<FailingPush> failing() {
    List<Incident> incidents = Stream.of(Element.Task_PushOrderToErp, Element.Task_PushInvoicesToErp)
        .flatMap(step -> runtime.createIncidentQuery().activityId(step.name()).list().stream()).toList();
    return incidents.stream().map(incident -> {
      ProcessInstance instance = runtime.createProcessInstanceQuery()
          .processInstanceId(incident.getProcessInstanceId()).singleResult();
      return new FailingPush(instance == null ? null : instance.getBusinessKey(), incident.getId(),
          incident.getIncidentMessage(), incident.getIncidentTimestamp());
    }).toList();
  }
}
