package io.podesk.faults;

import io.podesk.support.RestartablePostgres;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** What a fault test reads straight from a node's database: order states, ERP references, the job log. */
final class FaultChecks {

  private FaultChecks() {}

  static Map<String, Integer> statusCounts(RestartablePostgres postgres, String customer) throws SQLException {
    return counts(postgres, "select status, count(*) from purchase_orders where customer_id = '" + customer
        + "' group by status");
  }

  static Map<String, String> erpReferences(RestartablePostgres postgres, String customer) throws SQLException {
    Map<String, String> references = new HashMap<>();
    try (var connection = postgres.connect("podesk"); var statement = connection.prepareStatement(
        "select po_number, erp_reference from purchase_orders where customer_id = ?")) {
      statement.setString(1, customer);
      try (var rows = statement.executeQuery()) {
        while (rows.next()) {
          references.put(rows.getString(1), rows.getString(2));
        }
      }
    }
    return references;
  }

  /** Successful job executions (job log state 2) per Camunda host name. */
  static Map<String, Integer> jobsPerHost(RestartablePostgres postgres) throws SQLException {
    return counts(postgres, "select hostname_, count(*) from act_hi_job_log where job_state_ = 2 group by hostname_");
  }

  /** A query of (key, count) rows; only ever called with the test's own constants. */
  private static Map<String, Integer> counts(RestartablePostgres postgres, String sql) throws SQLException {
    Map<String, Integer> result = new HashMap<>();
    try (var connection = postgres.connect("podesk"); var statement = connection.createStatement();
        var rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        result.put(rows.getString(1), rows.getInt(2));
      }
    }
    return result;
  }
}
