package io.podesk.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.podesk.support.TestInfrastructure;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Nodes starting at once on an empty PostgreSQL: one creates the Camunda schema, the others find it done. */
class CamundaEngineSchemaIntegrationTests {

  @Test
  void threeNodesMigratingAtOnceCreateTheSchemaExactlyOnce() throws Exception {
    String url = TestInfrastructure.createDatabase("schema_race");
    var dataSource = new DriverManagerDataSource(url, "postgres", "");
    int migrations = Flyway.configure().dataSource(dataSource).javaMigrations(new CamundaEngineSchema()).load()
        .info().pending().length;
    assertThat(migrations).isGreaterThanOrEqualTo(2);
    var start = new CountDownLatch(1);
    ExecutorService nodes = Executors.newFixedThreadPool(3);
    List<Future<MigrateResult>> results = new ArrayList<>();
    for (int node = 0; node < 3; node++) {
      results.add(nodes.submit(() -> {
        start.await();
        return Flyway.configure().dataSource(dataSource).javaMigrations(new CamundaEngineSchema()).load().migrate();
      }));
    }
    start.countDown();
    int applied = 0;
    for (Future<MigrateResult> result : results) {
      applied += result.get().migrationsExecuted;
    }
    nodes.shutdown();

    assertThat(applied).isEqualTo(migrations);
    var jdbc = new JdbcTemplate(dataSource);
    assertThat(jdbc.queryForList("select version_ from act_ge_schema_log", String.class))
        .containsExactly(ProcessEngine.class.getPackage().getImplementationVersion());
    assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Long.class))
        .isEqualTo(migrations);

    ProcessEngine engine = ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
        .setDataSource(dataSource)
        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE)
        .setJobExecutorActivate(false)
        .setProcessEngineName("schema-check")
        .buildProcessEngine();
    try {
      assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isZero();
    } finally {
      engine.close();
    }
  }

  @Test
  void theSameMigrationsRunOnH2ForTheDefaultProfile() {
    var dataSource = new DriverManagerDataSource("jdbc:h2:mem:schema_h2;DB_CLOSE_DELAY=-1", "sa", "");

    MigrateResult result = Flyway.configure().dataSource(dataSource).javaMigrations(new CamundaEngineSchema()).load()
        .migrate();

    assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(2);
    assertThat(result.success).isTrue();
    var jdbc = new JdbcTemplate(dataSource);
    assertThat(jdbc.queryForObject("select count(*) from act_ru_job", Long.class)).isZero();
    assertThat(jdbc.queryForObject("select count(*) from purchase_orders", Long.class)).isZero();
  }
}
