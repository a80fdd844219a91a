package io.podesk.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * A bare Camunda engine for the process-model path tests: in-memory H2, no Spring, no HTTP, no job executor (the tests
 * run jobs themselves), with the BPMN files of {@code processes/} deployed and every bean their expressions name
 * replaced by a fake of {@link ProcessModelFakes}. It proves the models' paths; the end-to-end process tests prove
 * the real delegates. One engine per JVM: it starts in about a second and every test works on an order of its own
 * (the business key).
 */
public final class ProcessModelEngine {

  private static final List<String> MODELS = List.of("processes/purchase-order.bpmn", "processes/approval.bpmn",
      "processes/credit-check.bpmn");
  private static final Pattern BEAN = Pattern.compile("(?:delegateExpression|expression)=\"\\$\\{(\\w+)[.}]");

  private static ProcessModelEngine instance;

  private final ProcessEngine engine;
  private final ProcessModelFakes fakes;

  private ProcessModelEngine() {
    Map<Object, Object> beans = new HashMap<>();
    fakes = new ProcessModelFakes(beanNamesIn(MODELS), beans);
    var configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName("process-model-paths");
    configuration.setJdbcUrl("jdbc:h2:mem:process-model-paths;DB_CLOSE_DELAY=-1");
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
    configuration.setJobExecutorActivate(false);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setBeans(beans);
    engine = configuration.buildProcessEngine();
    var deployment = engine.getRepositoryService().createDeployment().name("process-model-paths");
    MODELS.forEach(deployment::addClasspathResource);
    deployment.deploy();
  }

  /** The JVM's engine, its fakes reset for the next test. */
  public static synchronized ProcessModelEngine fresh() {
    if (instance == null) {
      instance = new ProcessModelEngine();
    }
    instance.fakes.reset();
    return instance;
  }

  public ProcessEngine engine() {
    return engine;
  }

  public ProcessModelFakes fakes() {
    return fakes;
  }

  /**
   * Runs the due asynchronous continuations of the order's process instances (the called ones too) until none is left;
   * timers are left alone: a test fires them with {@link #fireTimer}.
   */
  public void runJobs(String businessKey) {
    for (int round = 0; round < 100; round++) {
      List<Job> due = jobsOf(businessKey).stream().filter(job -> !isTimer(job)).toList();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
    throw new IllegalStateException("The jobs of " + businessKey + " never ran out");
  }

  /** Fires the order's timer on the given element, then runs the continuations it leads to. */
  public void fireTimer(String businessKey, Enum<?> timer) {
    Job job = timerAt(businessKey, timer);
    engine.getManagementService().executeJob(job.getId());
    runJobs(businessKey);
  }

  public Job timerAt(String businessKey, Enum<?> timer) {
    return jobsOf(businessKey).stream().filter(ProcessModelEngine::isTimer)
        .filter(job -> timer.name().equals(activityOf(job))).findFirst()
        .orElseThrow(() -> new AssertionError("No timer at " + timer + " for " + businessKey));
  }

  public List<Task> tasks(String businessKey) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey).list();
  }

  /** The ids of the elements the order's process instances (the called ones too) finished, in order. */
  public List<String> passed(String businessKey) {
    List<String> passed = new ArrayList<>();
    for (var instance : engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(businessKey).list()) {
      engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
          .finished().orderPartiallyByOccurrence().asc().list().stream()
          .map(HistoricActivityInstance::getActivityId).forEach(passed::add);
    }
    return passed;
  }

  public boolean ended(ProcessInstance instance) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId())
        .singleResult() == null;
  }

  /** A variable of an instance, running or ended, from the history. */
  public Object variable(ProcessInstance instance, String name) {
    var variable = engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(name).singleResult();
    return variable == null ? null : variable.getValue();
  }

  private List<Job> jobsOf(String businessKey) {
    List<Job> jobs = new ArrayList<>();
    for (var instance : engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(businessKey).list()) {
      jobs.addAll(engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).list());
    }
    return jobs;
  }

  private static boolean isTimer(Job job) {
    return job instanceof org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
  }

  private String activityOf(Job job) {
    var definition = engine.getManagementService().createJobDefinitionQuery()
        .jobDefinitionId(job.getJobDefinitionId()).singleResult();
    return definition == null ? null : definition.getActivityId();
  }

  /** The bean names the models' expressions use: each gets a fake. */
  private static Set<String> beanNamesIn(List<String> models) {
    Set<String> names = new TreeSet<>();
    for (String model : models) {
      try (InputStream in = ProcessModelEngine.class.getClassLoader().getResourceAsStream(model)) {
        if (in == null) {
          throw new IllegalStateException(model + " is not on the class path");
        }
        Matcher beans = BEAN.matcher(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        while (beans.find()) {
          names.add(beans.group(1));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return names;
  }
}
