package io.podesk.workflow;

import static io.podesk.workflow.approval.ApprovalProcess.Element.Task_ApprovePurchaseOrder;
import static io.podesk.workflow.credit.CreditCheckProcess.Element.Task_ResolveCreditHold;
import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.Element.Task_PushInvoicesToErp;
import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.Element.Task_PushOrderToErp;
import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.Element.Task_ReviewErpTotals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the engine knows about orders that the domain does not: open tasks with their SLA due dates and who they
 * wait for, incidents, and when approval tasks opened. Read-only, for the staff dashboard. Every process of an
 * order (the order's own, its approval chain, its credit check) carries the order id as business key.
 */
@Component
public class ProcessInsights {

  /** Business keys per engine query: keeps IN lists well below database limits. */
  private static final int CHUNK = 500;

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final HistoryService history;
  private final NamedParameterJdbcTemplate jdbc;
  private final String identityLinkTable;

  ProcessInsights(TaskService tasks, RuntimeService runtime, HistoryService history, ManagementService management,
      NamedParameterJdbcTemplate jdbc) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.history = history;
    this.jdbc = jdbc;
    this.identityLinkTable = management.getTableName(IdentityLinkEntity.class);
  }

  /**
   * An open user task of an order.
   *
   * @param kind what the task is for: approval, credit hold or ERP totals review (else the task's name)
   * @param due the SLA due date, or null when the task has none
   * @param candidateGroups the groups it waits for when nobody is assigned
   */
  public record OpenTask(String taskId, UUID purchaseOrderId, String kind, Instant created, Instant due,
      String assignee, List<String> candidateGroups) {

    public boolean overdueAt(Instant now) {
      return due != null && due.isBefore(now);
    }
  }

  /** An open incident of an order's process: a step that ran out of retries. */
  public record OpenIncident(UUID purchaseOrderId, String activityId, String message, Instant since) {

    public boolean erpPush() {
      return Task_PushOrderToErp.name().equals(activityId) || Task_PushInvoicesToErp.name().equals(activityId);
    }
  }

  /** The open tasks of the given orders, oldest first, with their candidate groups. */
  public Map<UUID, List<OpenTask>> openTasksOf(Collection<UUID> orders) {
    Map<UUID, List<OpenTask>> byOrder = new HashMap<>();
    for (List<String> keys : chunks(orders)) {
      List<Task> open = tasks.createTaskQuery().processInstanceBusinessKeyIn(keys.toArray(String[]::new)).active()
          .orderByTaskCreateTime().asc().list();
      Map<String, UUID> orderOf = businessKeysOf(open.stream().map(Task::getProcessInstanceId).toList());
      Map<String, List<String>> groups = candidateGroupsOf(open.stream()
          .filter(task -> task.getAssignee() == null).map(Task::getId).toList());
      for (Task task : open) {
        UUID order = orderOf.get(task.getProcessInstanceId());
        if (order != null) {
          byOrder.computeIfAbsent(order, key -> new ArrayList<>())
              .add(toOpenTask(task, order, groups.getOrDefault(task.getId(), List.of())));
        }
      }
    }
    return byOrder;
  }

  /** Orders with an open task past its due date (a stalled approval or credit hold). */
  public Set<UUID> ordersWithOverdueTasks(Instant now) {
    List<Task> overdue = tasks.createTaskQuery().dueBefore(Date.from(now)).active().list();
    return new HashSet<>(businessKeysOf(overdue.stream().map(Task::getProcessInstanceId).toList()).values());
  }

  /** Orders whose totals the ERP sees differently and that wait for finance's review. */
  public Set<UUID> ordersAwaitingErpTotalsReview() {
    List<Task> reviews = tasks.createTaskQuery().taskDefinitionKey(Task_ReviewErpTotals.name()).active().list();
    return new HashSet<>(businessKeysOf(reviews.stream().map(Task::getProcessInstanceId).toList()).values());
  }

  /** Every open incident of a process that belongs to an order. */
  public List<OpenIncident> openIncidents() {
    List<Incident> incidents = runtime.createIncidentQuery().orderByIncidentTimestamp().asc().list();
    Map<String, UUID> orderOf = businessKeysOf(incidents.stream().map(Incident::getProcessInstanceId).toList());
    return incidents.stream()
        .filter(incident -> orderOf.containsKey(incident.getProcessInstanceId()))
        .map(incident -> new OpenIncident(orderOf.get(incident.getProcessInstanceId()), incident.getActivityId(),
            incident.getIncidentMessage(), incident.getIncidentTimestamp().toInstant()))
        .toList();
  }

  /** How many times a push to the ERP ran out of retries since the given time (resolved ones included). */
  public long erpPushFailuresSince(Instant since) {
    return history.createHistoricIncidentQuery().activityId(Task_PushOrderToErp.name())
        .createTimeAfter(Date.from(since)).count() + history.createHistoricIncidentQuery()
        .activityId(Task_PushInvoicesToErp.name())
        .createTimeAfter(Date.from(since)).count();
  }

  /** When each approval task decided since the given time had opened, by task id. */
  public Map<String, Instant> approvalTasksOpenedAt(Instant decidedSince) {
    return history.createHistoricTaskInstanceQuery().taskDefinitionKey(Task_ApprovePurchaseOrder.name()).finished()
        .finishedAfter(Date.from(decidedSince)).list().stream()
        .filter(task -> task.getStartTime() != null)
        .collect(Collectors.toMap(HistoricTaskInstance::getId, task -> task.getStartTime().toInstant(),
            (first, second) -> first));
  }

  /**
   * Candidate groups of many tasks in one query per chunk. The engine's API has no query for them across tasks
   * ({@code TaskService.getIdentityLinksForTask} is one query per task: 200 for a full work list), so this reads
   * the engine's identity-link table directly, read-only.
   */
  private Map<String, List<String>> candidateGroupsOf(Collection<String> taskIds) {
    Map<String, List<String>> groups = new HashMap<>();
    for (List<String> chunk : chunks(taskIds)) {
      jdbc.query("select task_id_, group_id_ from " + identityLinkTable + " where type_ = :type"
          + " and group_id_ is not null and task_id_ in (:tasks) order by group_id_",
          Map.of("type", IdentityLinkType.CANDIDATE, "tasks", chunk),
          row -> {
            groups.computeIfAbsent(row.getString(1), key -> new ArrayList<>()).add(row.getString(2));
          });
    }
    return groups;
  }

  private OpenTask toOpenTask(Task task, UUID order, List<String> groups) {
    return new OpenTask(task.getId(), order, kindOf(task), task.getCreateTime().toInstant(),
        task.getDueDate() == null ? null : task.getDueDate().toInstant(), task.getAssignee(), groups);
  }

  private static String kindOf(Task task) {
    String key = task.getTaskDefinitionKey();
    if (Task_ApprovePurchaseOrder.name().equals(key)) {
      return "Approval";
    }
    if (Task_ResolveCreditHold.name().equals(key)) {
      return "Credit hold";
    }
    if (Task_ReviewErpTotals.name().equals(key)) {
      return "ERP totals review";
    }
    return task.getName();
  }

  /** Process instance id → order id, for the instances still running. */
  private Map<String, UUID> businessKeysOf(Collection<String> processInstanceIds) {
    Set<String> ids = processInstanceIds.stream().filter(Objects::nonNull).collect(Collectors.toSet());
    Map<String, UUID> orders = new LinkedHashMap<>();
    for (List<String> chunk : chunks(ids)) {
      for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceIds(Set.copyOf(chunk))
          .list()) {
        orderId(instance.getBusinessKey()).ifPresent(order -> orders.put(instance.getId(), order));
      }
    }
    return orders;
  }

  private static Optional<UUID> orderId(String businessKey) {
    try {
      return businessKey == null ? Optional.empty() : Optional.of(UUID.fromString(businessKey));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static List<List<String>> chunks(Collection<?> values) {
    List<String> all = values.stream().map(String::valueOf).distinct().toList();
    List<List<String>> chunks = new ArrayList<>();
    for (int from = 0; from < all.size(); from += CHUNK) {
      chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
    }
    return chunks;
  }
}
