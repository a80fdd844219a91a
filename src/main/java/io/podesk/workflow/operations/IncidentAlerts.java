package io.podesk.workflow.operations;

import io.podesk.workflow.ProcessStepFailed;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.incident.DefaultIncidentHandler;
import org.camunda.bpm.engine.impl.incident.IncidentContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * No silent failures: when a job of an order's process runs out of retries, the engine opens its incident as
 * always and this plugin also announces it (in the same transaction), so operations get an alert naming the
 * order and the error. And the failed job is due at once when someone retries it: the retry cycle leaves its due
 * date one last wait ahead (PT2H for the ERP push), and Cockpit's retry keeps the due date unless told otherwise,
 * so a push retried after the ERP was fixed would otherwise sit for up to two more hours.
 */
@Component
class IncidentAlerts extends AbstractProcessEnginePlugin {

  private final ApplicationEventPublisher events;

  IncidentAlerts(ApplicationEventPublisher events) {
    this.events = events;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomIncidentHandlers(List.of(new AlertingIncidentHandler()));
  }

  private final class AlertingIncidentHandler extends DefaultIncidentHandler {

    AlertingIncidentHandler() {
      super(Incident.FAILED_JOB_HANDLER_TYPE);
    }

    @Override
    public Incident handleIncident(IncidentContext context, String message) {
      Incident incident = super.handleIncident(context, message);
      dueWhenRetried(context.getConfiguration());
      String businessKey = businessKeyOf(context.getExecutionId());
      if (businessKey != null) {
        ExecutionEntity execution = Context.getCommandContext().getExecutionManager()
            .findExecutionById(context.getExecutionId());
        String name = execution.getActivity() == null ? context.getActivityId()
            : String.valueOf(execution.getActivity().getName());
        events.publishEvent(new ProcessStepFailed(UUID.fromString(businessKey), context.getActivityId(), name,
            message, incident.getId()));
      }
      return incident;
    }

    /** The job keeps no retries now, so it is never picked up before someone gives it one; then it runs. */
    private void dueWhenRetried(String jobId) {
      JobEntity job = jobId == null ? null : Context.getCommandContext().getJobManager().findJobById(jobId);
      if (job != null) {
        job.setDuedate(ClockUtil.getCurrentTime());
      }
    }

    private String businessKeyOf(String executionId) {
      if (executionId == null) {
        return null;
      }
      ExecutionEntity execution = Context.getCommandContext().getExecutionManager().findExecutionById(executionId);
      String key = execution == null ? null : execution.getProcessBusinessKey();
      try {
        return key == null ? null : UUID.fromString(key).toString();
      } catch (IllegalArgumentException e) {
        return null; // not an order's process
      }
    }
  }
}
