package io.podesk.workflow.operations;

import io.podesk.shared.InvalidInputException;
import io.podesk.workflow.approval.ApprovalProcess;
import io.podesk.workflow.purchaseorder.PurchaseOrderProcess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Moves in-flight orders from older versions of a process to the latest one, with Camunda's migration API: every
 * activity maps to the activity of the same id. Versions whose instances cannot be mapped are reported, not
 * touched (a migration is all or nothing per version).
 */
@RestController
@RequestMapping("/api/admin/process-migrations")
@Tag(name = "Admin: process versions")
class ProcessMigrationController {

  private static final Set<String> MIGRATABLE = Set.of(PurchaseOrderProcess.KEY, ApprovalProcess.KEY);

  private final RepositoryService repository;
  private final RuntimeService runtime;

  ProcessMigrationController(RepositoryService repository, RuntimeService runtime) {
    this.repository = repository;
    this.runtime = runtime;
  }

  /** The outcome for one older version. */
  record VersionMigration(String from, String to, long instances, boolean migrated, String problem) {}

  @PostMapping
  @Operation(summary = "Migrate running instances of a process (PurchaseOrder or Approval) to its latest version")
  List<VersionMigration> migrateToLatest(@RequestParam(defaultValue = PurchaseOrderProcess.KEY) String processKey) {
    if (!MIGRATABLE.contains(processKey)) {
      throw new InvalidInputException("processKey", "processKey must be one of " + MIGRATABLE);
    }
    ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
        .latestVersion().singleResult();
    List<VersionMigration> results = new ArrayList<>();
    for (ProcessDefinition older : repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
        .orderByProcessDefinitionVersion().asc().list()) {
      long running = runtime.createProcessInstanceQuery().processDefinitionId(older.getId()).count();
      if (older.getId().equals(latest.getId()) || running == 0) {
        continue;
      }
      results.add(migrate(older, latest, running));
    }
    return results;
  }

  private VersionMigration migrate(ProcessDefinition older, ProcessDefinition latest, long running) {
    String from = older.getKey() + ":" + older.getVersion();
    String to = latest.getKey() + ":" + latest.getVersion();
    try {
      MigrationPlan plan = runtime.createMigrationPlan(older.getId(), latest.getId())
          .mapEqualActivities().updateEventTriggers().build();
      runtime.newMigration(plan)
          .processInstanceQuery(runtime.createProcessInstanceQuery().processDefinitionId(older.getId()))
          .execute();
      return new VersionMigration(from, to, running, true, null);
    } catch (MigrationPlanValidationException | MigratingProcessInstanceValidationException e) {
      return new VersionMigration(from, to, running, false, e.getMessage());
    }
  }
}
