package io.podesk.faults;

import io.podesk.support.RestartablePostgres;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** What a fault test reads straight from a node's database: order states, ERP references, the job log. */
final class FaultChecks {

  private FaultChecks() {}

  static Map<String, Integer> statusCounts(RestartablePostgres postgres, String customer) throws SQLException {
    return pairs(postgres, "select status, count(*) from purchase_orders where customer_id = ? group by status",
        customer, true);
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

  /** Successful job executions per Camunda host name. */
  static Map<String, Integer> jobsPerHost(RestartablePostgres postgres) throws SQLException {
    return pairs(postgres, "select hostname_, count(*) from act_hi_job_log where job_state_ = 2 and ? = ? "
        + "group by hostname_", null, true);
  }

  private static Map<String, Integer> pairs(RestartablePostgres postgres, String sql, String parameter,
      boolean counts) throws SQLException {
    Map<String, Integer> result = new HashMap<>();
    try (var connection = postgres.connect("podesk"); var statement = connection.prepareStatement(sql)) {
      if (parameter != null) {
        statement.setString(1, parameter);
      } else {
        statement.setInt(1, 1);
        statement.setInt(2, 1);
      }
      try (var rows = statement.executeQuery()) {
        while (rows.next()) {
          result.put(rows.getString(1), rows.getInt(2));
        }
      }
    }
    return result;
  }
}
