package io.podesk.orders;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Locale;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Version 17: the PO-number search ({@code ?poNumber=} and the portal's search box) matches anywhere in the number,
 * {@code lower(po_number) like '%x%'}, which no B-tree can serve. On PostgreSQL a trigram index (extension
 * {@code pg_trgm}, trusted since PostgreSQL 13, so the database owner may create it) does; with 100,000 orders the
 * search otherwise reads them all. Where the extension cannot be created the search still works, by a scan, and
 * the start-up log says so. H2 (the local default) has no trigram index and needs none at its sizes.
 */
@Component
class PoNumberSearchIndex implements JavaMigration {

  private static final Logger log = LoggerFactory.getLogger(PoNumberSearchIndex.class);

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("17");
  }

  @Override
  public String getDescription() {
    return "po number search index";
  }

  @Override
  public Integer getChecksum() {
    return 17;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    if (!connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")) {
      return;
    }
    Savepoint before = connection.setSavepoint();
    try (var statement = connection.createStatement()) {
      statement.execute("create extension if not exists pg_trgm");
      statement.execute("create index purchase_orders_po_number_search_idx on purchase_orders"
          + " using gin (lower(po_number) gin_trgm_ops)");
      connection.releaseSavepoint(before);
    } catch (SQLException e) {
      connection.rollback(before);
      log.warn("No trigram index for the PO-number search ({}): the search reads every order. A superuser can run"
          + " 'create extension pg_trgm' in this database, then create the index purchase_orders_po_number_search_idx"
          + " as in {}", e.getMessage(), PoNumberSearchIndex.class.getName());
    }
  }
}
