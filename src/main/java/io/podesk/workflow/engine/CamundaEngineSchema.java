package io.podesk.workflow.engine;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.ProcessEngine;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;

/**
 * Version 1 of our schema: Camunda's own create scripts, run by Flyway instead of by the engine. Flyway holds a
 * database lock while it migrates (an advisory lock on PostgreSQL), so when several nodes start at once on an
 * empty database one creates the schema and the others wait and find it done; the engine itself only checks
 * the schema ({@code camunda.bpm.database.schema-update=false}). An engine upgrade adds a migration that runs
 * Camunda's upgrade scripts.
 */
@Component
class CamundaEngineSchema implements JavaMigration {

  private static final List<String> PARTS = List.of(
      "engine", "history", "identity", "case.engine", "case.history", "decision.engine", "decision.history");

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("1");
  }

  @Override
  public String getDescription() {
    return "camunda " + ProcessEngine.class.getPackage().getImplementationVersion() + " schema";
  }

  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    String database = databaseType(connection);
    for (String part : PARTS) {
      var script = new ClassPathResource(
          "org/camunda/bpm/engine/db/create/activiti." + database + ".create." + part + ".sql");
      ScriptUtils.executeSqlScript(connection, new EncodedResource(script, StandardCharsets.UTF_8));
    }
  }

  private static String databaseType(Connection connection) throws Exception {
    String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    if (product.contains("postgres")) {
      return "postgres";
    }
    if (product.contains("h2")) {
      return "h2";
    }
    throw new IllegalStateException("PO Desk supports PostgreSQL and H2, not " + product);
  }
}
