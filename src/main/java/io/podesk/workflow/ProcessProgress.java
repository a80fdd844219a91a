package io.podesk.workflow;

import io.podesk.workflow.purchaseorder.PurchaseOrderProcess;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Where an order stands in its process, for the portal's live diagram: the BPMN of the version the order runs
 * on, the steps it is at now and the steps it has passed. Read-only; the caller has checked who may see it.
 */
@Component
public class ProcessProgress {

  private final HistoryService history;
  private final RuntimeService runtime;
  private final RepositoryService repository;

  ProcessProgress(HistoryService history, RuntimeService runtime, RepositoryService repository) {
    this.history = history;
    this.runtime = runtime;
    this.repository = repository;
  }

  /** The diagram and the order's position in it. */
  public record Progress(String bpmnXml, Set<String> current, Set<String> passed, boolean ended) {}

  public Optional<Progress> of(UUID purchaseOrderId) {
    List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(purchaseOrderId.toString()).processDefinitionKey(PurchaseOrderProcess.KEY)
        .orderByProcessInstanceStartTime().desc().listPage(0, 1);
    if (instances.isEmpty()) {
      return Optional.empty();
    }
    HistoricProcessInstance instance = instances.get(0);
    Set<String> current = new LinkedHashSet<>();
    Set<String> passed = new LinkedHashSet<>();
    for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery()
        .processInstanceId(instance.getId()).orderByHistoricActivityInstanceStartTime().asc().list()) {
      if (activity.getEndTime() == null) {
        current.add(activity.getActivityId());
      } else {
        passed.add(activity.getActivityId());
      }
    }
    boolean ended = instance.getEndTime() != null;
    if (!ended) {
      // the runtime's view is the truth for where it waits (an async step has no open history entry yet)
      current.addAll(runtime.getActiveActivityIds(instance.getId()));
    }
    passed.removeAll(current);
    return Optional.of(new Progress(xmlOf(instance.getProcessDefinitionId()), current, passed, ended));
  }

  private String xmlOf(String processDefinitionId) {
    try (InputStream xml = repository.getProcessModel(processDefinitionId)) {
      return new String(xml.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
