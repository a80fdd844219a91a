package io.podesk.portal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.podesk.shared.NotFoundException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The staff dashboard: the work list at {@code /staff} and the analytics at {@code /staff/analytics}, each table
 * also as CSV. Only staff reach it (see the identity module's security configuration).
 */
@Controller
@RequestMapping("/staff")
class StaffDashboardController {

  private final WorkList workList;
  private final Analytics analytics;
  private final ObjectMapper json;

  StaffDashboardController(WorkList workList, Analytics analytics, ObjectMapper json) {
    this.workList = workList;
    this.analytics = analytics;
    this.json = json;
  }

  @GetMapping
  String dashboard(@ModelAttribute("filter") DashboardFilter filter, Model model) {
    model.addAttribute("page", workList.find(filter));
    addFilterChoices(model);
    return "portal/staff-dashboard";
  }

  @GetMapping("/work.csv")
  ResponseEntity<String> workCsv(@ModelAttribute DashboardFilter filter) {
    List<List<?>> rows = new ArrayList<>();
    for (WorkList.Item item : workList.find(filter).items()) {
      var task = item.task();
      rows.add(List.of(item.companyName(), item.displayNumber(), item.total().toPlainString(), item.currency(),
          item.status(), item.stalled() ? "yes" : "no", Formats.iso(item.submittedAt()), item.age().toHours(),
          task == null ? "" : Formats.iso(task.due()), item.waitingOn(), item.salesRep(),
          item.problem() == null ? "" : item.problem(), item.id(), task == null ? "" : task.taskId()));
    }
    return Csv.download("work-list.csv", List.of("company", "po_number", "total", "currency", "status",
        "past_sla", "submitted_at", "age_hours", "sla_due", "waiting_on", "sales_rep", "problem",
        "purchase_order_id", "task_id"), rows);
  }

  @GetMapping("/analytics")
  String analytics(@ModelAttribute("filter") DashboardFilter filter, Model model) {
    Analytics.Report report = analytics.report(filter);
    model.addAttribute("report", report);
    model.addAttribute("cycleChart", toJson(Map.of(
        "labels", report.tiers().stream().map(Analytics.Tier::tier).toList(),
        "datasets", List.of(
            dataset("Median (hours)", report.tiers().stream().map(t -> round(t.medianHours())).toList()),
            dataset("p90 (hours)", report.tiers().stream().map(t -> round(t.p90Hours())).toList())))));
    model.addAttribute("rejectionChart", toJson(Map.of(
        "labels", report.tiers().stream().map(Analytics.Tier::tier).toList(),
        "datasets", List.of(dataset("Rejection rate (%)",
            report.tiers().stream().map(t -> Math.round(t.rejectionRate() * 1000) / 10d).toList())))));
    model.addAttribute("statusChart", toJson(Map.of(
        "labels", report.statuses().stream().map(Analytics.StatusCount::status).toList(),
        "datasets", List.of(dataset("Orders",
            report.statuses().stream().map(Analytics.StatusCount::count).toList())))));
    addFilterChoices(model);
    return "portal/staff-analytics";
  }

  @GetMapping("/analytics/{name}.csv")
  ResponseEntity<String> analyticsCsv(@PathVariable String name, @ModelAttribute DashboardFilter filter) {
    if (!Analytics.csvNames().contains(name)) {
      throw new NotFoundException("No export named " + name + "; there are " + Analytics.csvNames());
    }
    Analytics.Report report = analytics.report(filter);
    return switch (name) {
      case "approval-tiers" -> {
        List<List<?>> rows = new ArrayList<>();
        for (Analytics.Tier tier : concat(report.tiers(), report.allTiers())) {
          rows.add(List.of(tier.tier(), tier.decisions(), tier.approved(), tier.rejected(),
              Formats.percent(tier.rejectionRate()), tier.timed(), Formats.hours(tier.medianHours(), 2),
              Formats.hours(tier.p90Hours(), 2)));
        }
        yield Csv.download("approval-tiers.csv", List.of("tier", "decisions", "approved", "rejected",
            "rejection_rate_percent", "timed_decisions", "median_cycle_hours", "p90_cycle_hours"), rows);
      }
      case "statuses" -> Csv.download("orders-by-status.csv", List.of("status", "orders"),
          report.statuses().stream().<List<?>>map(s -> List.of(s.status(), s.count())).toList());
      default -> Csv.download("erp-failures.csv", List.of("purchase_order_id", "po_number", "company", "error",
              "failing_since"),
          report.erp().failingNow().stream().<List<?>>map(f -> List.of(f.purchaseOrderId(),
              f.poNumber() == null ? "" : f.poNumber(), f.company(), f.error() == null ? "" : f.error(),
              Formats.iso(f.since()))).toList());
    };
  }

  private void addFilterChoices(Model model) {
    model.addAttribute("companies", workList.companies());
    model.addAttribute("salesReps", workList.salesReps());
    Map<String, String> statuses = new LinkedHashMap<>();
    statuses.put("PENDING_APPROVAL", "Pending approval");
    statuses.put("CREDIT_HOLD", "Credit hold");
    statuses.put("AWAITING_DOCUMENT", "Awaiting document");
    statuses.put(DashboardFilter.STALLED, "Stalled (past SLA)");
    statuses.put(DashboardFilter.STUCK, "Stuck (incident, review, unrouted)");
    model.addAttribute("statuses", statuses);
  }

  private static List<Analytics.Tier> concat(List<Analytics.Tier> tiers, Analytics.Tier all) {
    List<Analytics.Tier> rows = new ArrayList<>(tiers);
    rows.add(all);
    return rows;
  }

  private static Map<String, Object> dataset(String label, List<?> data) {
    return Map.of("label", label, "data", data);
  }

  private static Double round(OptionalDouble hours) {
    return hours.isPresent() ? Math.round(hours.getAsDouble() * 10) / 10d : null;
  }

  private String toJson(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
