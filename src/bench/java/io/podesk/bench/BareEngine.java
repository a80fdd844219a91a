package io.podesk.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;

/**
 * A bare Camunda engine on its own database: no Spring, no PO Desk, the same history level and job-executor
 * settings as PO Desk, and one no-op delegate that inserts one row in the engine's own transaction.
 */
final class BareEngine implements AutoCloseable {

  record Settings(String history, int corePool, int maxPool, int queue, int maxJobsPerAcquisition, int waitMillis,
      int connections) {}

  private final HikariDataSource dataSource;
  final ProcessEngine engine;
  final CommitCounter commits = new CommitCounter();

  BareEngine(String jdbcUrl, Settings settings) {
    HikariConfig pool = new HikariConfig();
    pool.setJdbcUrl(jdbcUrl);
    pool.setUsername("postgres");
    pool.setPassword("");
    pool.setMaximumPoolSize(settings.connections());
    pool.setAutoCommit(false);
    pool.setPoolName("bare");
    dataSource = new HikariDataSource(pool);
    try (Connection c = dataSource.getConnection(); var s = c.createStatement()) {
      s.execute("create table if not exists bench_rows (id bigserial primary key, activity varchar(64),"
          + " process_instance varchar(64), at timestamptz default now())");
      c.commit();
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    var executor = new DefaultJobExecutor();
    executor.setCorePoolSize(settings.corePool());
    executor.setMaxPoolSize(settings.maxPool());
    executor.setQueueSize(settings.queue());
    executor.setMaxJobsPerAcquisition(settings.maxJobsPerAcquisition());
    executor.setWaitTimeInMillis(settings.waitMillis());
    var configuration = (StandaloneProcessEngineConfiguration) ProcessEngineConfiguration
        .createStandaloneProcessEngineConfiguration();
    configuration.setDataSource(commits.wrap(dataSource));
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    configuration.setHistory(settings.history());
    configuration.setJobExecutor(executor);
    // PO Desk's engine (the Spring Boot starter) uses UUIDs too; the default block generator would take a second
    // connection per command and deadlock a small pool
    configuration.setIdGenerator(new org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator());
    configuration.setJobExecutorActivate(true);
    configuration.setProcessEngineName("bare");
    configuration.setBeans(Map.of("noOpDelegate", new NoOpDelegate()));
    engine = configuration.buildProcessEngine();
    engine.getRepositoryService().createDeployment().name("bench")
        .addClasspathResource("bench/bare-order.bpmn")
        .addClasspathResource("bench/bare-reminder.bpmn")
        .addClasspathResource("bench/bare-routing.dmn")
        .deploy();
  }

  javax.sql.DataSource dataSource() {
    return dataSource;
  }

  @Override
  public void close() {
    engine.close();
    dataSource.close();
  }

  /** Does nothing but insert one row, in the engine's transaction, as a real delegate writes its one record. */
  static final class NoOpDelegate implements JavaDelegate {
    @Override
    public void execute(DelegateExecution execution) throws Exception {
      Connection connection = Context.getCommandContext().getDbSqlSession().getSqlSession().getConnection();
      try (var insert = connection.prepareStatement(
          "insert into bench_rows (activity, process_instance) values (?, ?)")) {
        insert.setString(1, execution.getCurrentActivityId());
        insert.setString(2, execution.getProcessInstanceId());
        insert.executeUpdate();
      }
    }
  }
}
