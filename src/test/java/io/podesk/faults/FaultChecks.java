package io.podesk.faults;

import io.podesk.support.RestartablePostgres;
import io.podesk.workflow.purchaseorder.PurchaseOrderProcess;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a fault test reads straight from a node's database: order states, ERP references, the job log, push jobs,
 * incidents and the audit trail.
 */
final class FaultChecks {

  /** The step whose jobs and incidents these checks count. */
  static final String PUSH = PurchaseOrderProcess.Element.Task_PushOrderToErp.name();

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

  /** An order's pending push to the ERP as the engine keeps it (table act_ru_job). */
  record PushJob(String jobId, int retries, String error) {

    /**
     * Failed attempts so far: the first failure sets the retries to one per wait of the retry cycle
     * (PT1M,PT5M,PT30M,PT2H: 4), so five attempts in all; before any failure there is no error.
     */
    int failedAttempts() {
      return error == null ? 0 : 5 - retries;
    }
  }

  /** The push job of every order of the customer still waiting at Task_PushOrderToErp, by PO number. */
  static Map<String, PushJob> pushJobs(RestartablePostgres postgres, String customer) throws SQLException {
    Map<String, PushJob> jobs = new HashMap<>();
    try (var connection = postgres.connect("podesk"); var statement = connection.prepareStatement("""
        select o.po_number, j.id_, j.retries_, j.exception_msg_ from purchase_orders o
          join act_ru_execution e on e.business_key_ = cast(o.id as varchar) and e.id_ = e.proc_inst_id_
          join act_ru_job j on j.process_instance_id_ = e.id_
          join act_ru_jobdef d on d.id_ = j.job_def_id_ and d.act_id_ = '%s'
         where o.customer_id = ?""".formatted(PUSH))) {
      statement.setString(1, customer);
      try (var rows = statement.executeQuery()) {
        while (rows.next()) {
          jobs.put(rows.getString(1), new PushJob(rows.getString(2), rows.getInt(3), rows.getString(4)));
        }
      }
    }
    return jobs;
  }

  /** How many push jobs, of any order (the demo data's too), wait for their first attempt. */
  static int untriedPushJobs(RestartablePostgres postgres) throws SQLException {
    return counts(postgres, "select d.act_id_, count(*) from act_ru_job j join act_ru_jobdef d on d.id_ = "
        + "j.job_def_id_ where d.act_id_ = '" + PUSH + "' and j.exception_msg_ is null group by d.act_id_")
        .getOrDefault(PUSH, 0);
  }

  /**
   * Every incident the engine ever opened at the push, per PO number, as its history state: 0 open, 1 resolved,
   * 2 deleted.
   */
  static Map<String, List<Integer>> pushIncidentStates(RestartablePostgres postgres, String customer)
      throws SQLException {
    Map<String, List<Integer>> states = new HashMap<>();
    try (var connection = postgres.connect("podesk"); var statement = connection.prepareStatement("""
        select o.po_number, i.incident_state_ from purchase_orders o
          join act_hi_procinst p on p.business_key_ = cast(o.id as varchar) and p.proc_def_key_ = '%s'
          join act_hi_incident i on i.proc_inst_id_ = p.proc_inst_id_ and i.activity_id_ = '%s'
         where o.customer_id = ?""".formatted(PurchaseOrderProcess.KEY, PUSH))) {
      statement.setString(1, customer);
      try (var rows = statement.executeQuery()) {
        while (rows.next()) {
          states.computeIfAbsent(rows.getString(1), po -> new ArrayList<>()).add(rows.getInt(2));
        }
      }
    }
    return states;
  }

  /** The order's status per PO number. */
  static Map<String, String> statuses(RestartablePostgres postgres, String customer) throws SQLException {
    Map<String, String> statuses = new HashMap<>();
    try (var connection = postgres.connect("podesk"); var statement = connection.prepareStatement(
        "select po_number, status from purchase_orders where customer_id = ?")) {
      statement.setString(1, customer);
      try (var rows = statement.executeQuery()) {
        while (rows.next()) {
          statuses.put(rows.getString(1), rows.getString(2));
        }
      }
    }
    return statuses;
  }

  /** The details of the audit entries of one type, per PO number, oldest first. */
  static Map<String, List<String>> audit(RestartablePostgres postgres, String customer, String type)
      throws SQLException {
    Map<String, List<String>> entries = new HashMap<>();
    try (var connection = postgres.connect("podesk"); var statement = connection.prepareStatement("""
        select o.po_number, a.detail from audit_events a join purchase_orders o on o.id = a.purchase_order_id
         where o.customer_id = ? and a.type = ? order by a.occurred_at""")) {
      statement.setString(1, customer);
      statement.setString(2, type);
      try (var rows = statement.executeQuery()) {
        while (rows.next()) {
          entries.computeIfAbsent(rows.getString(1), po -> new ArrayList<>()).add(rows.getString(2));
        }
      }
    }
    return entries;
  }
}
