package io.podesk.workflow.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Walks every rule of processes/approval-routing.dmn, the fallback included. */
class ApprovalRoutingDecisionTests {

  private static final List<String> everyMatchedRule = new ArrayList<>();
  private static DecisionTable table;

  @BeforeAll
  static void parseTheTable() {
    table = new DecisionTable("/processes/approval-routing.dmn", ApprovalProcess.ROUTING_DECISION);
  }

  static Stream<Arguments> orders() {
    return Stream.of(
        Arguments.of(0.0, "low", List.of("Rule_AutoApprove"), List.of("0:none")),
        Arguments.of(499.99, "high", List.of("Rule_AutoApprove"), List.of("0:none")),
        Arguments.of(500.0, "low", List.of("Rule_SalesManager"), List.of("1:salesmanagers")),
        Arguments.of(2000.0, "medium", List.of("Rule_SalesManager"), List.of("1:salesmanagers")),
        Arguments.of(2000.01, "low", List.of("Rule_SalesManagerBeforeFinance", "Rule_FinanceAfterSalesManager"),
            List.of("1:salesmanagers", "2:finance")),
        Arguments.of(25000.0, "low", List.of("Rule_SalesManagerBeforeFinance", "Rule_FinanceAfterSalesManager"),
            List.of("1:salesmanagers", "2:finance")),
        Arguments.of(25000.01, "low", List.of("Rule_FinanceInParallel", "Rule_CreditControlInParallel",
            "Rule_Director"), List.of("1:finance", "1:creditcontrol", "2:directors")),
        Arguments.of(800.0, "high", List.of("Rule_SalesManager", "Rule_HighRiskCreditCheck"),
            List.of("1:salesmanagers", "3:creditcontrol")),
        Arguments.of(null, "low", List.of("Rule_Fallback"), List.of("1:salesmanagers")));
  }

  static Stream<Arguments> ordersWithAPriceVariance() {
    return Stream.of(
        // below the auto-approval limit, a variance still goes to a sales manager
        Arguments.of(120.0, List.of("Rule_PriceVariance"), List.of("1:salesmanagers")),
        Arguments.of(800.0, List.of("Rule_SalesManager", "Rule_PriceVariance"),
            List.of("1:salesmanagers", "1:salesmanagers")),
        Arguments.of(3000.0, List.of("Rule_SalesManagerBeforeFinance", "Rule_FinanceAfterSalesManager",
            "Rule_PriceVariance"), List.of("1:salesmanagers", "2:finance", "1:salesmanagers")));
  }

  @ParameterizedTest(name = "total {0} with a price variance → {1}")
  @MethodSource("ordersWithAPriceVariance")
  void sendsAnyOrderWithAPriceVarianceToASalesManager(Double total, List<String> rules, List<String> slots) {
    var result = table.evaluate(inputs(total, "low", true));

    assertThat(table.matchedRules()).containsExactlyElementsOf(rules);
    assertThat(result.getResultList()).extracting(row -> row.get("step") + ":" + row.get("approverGroup"))
        .containsExactlyElementsOf(slots);
    everyMatchedRule.addAll(rules);
  }

  private static org.camunda.bpm.engine.variable.VariableMap inputs(Double total, String risk,
      boolean priceVariance) {
    return Variables.createVariables()
        .putValue("total", total).putValue("customerGroup", "enterprise").putValue("region", "NA")
        .putValue("categories", "BRG").putValue("customerRisk", risk).putValue("priceVariance", priceVariance);
  }

  @ParameterizedTest(name = "total {0}, risk {1} → {2}")
  @MethodSource("orders")
  void routesEachOrderByTheMatchingRules(Double total, String risk, List<String> rules, List<String> slots) {
    var result = table.evaluate(inputs(total, risk, false));

    assertThat(table.matchedRules()).containsExactlyElementsOf(rules);
    assertThat(result.getResultList()).extracting(row -> row.get("step") + ":" + row.get("approverGroup"))
        .containsExactlyElementsOf(slots);
    assertThat(result.getResultList()).allSatisfy(row -> assertThat(row)
        .containsKeys("mode", "approvalsRequired", "sla", "backupGroup"));
    everyMatchedRule.addAll(rules);
  }

  @AfterAll
  static void everyRuleWasWalked() {
    assertThat(everyMatchedRule).containsAll(List.of("Rule_AutoApprove", "Rule_SalesManager",
        "Rule_SalesManagerBeforeFinance", "Rule_FinanceAfterSalesManager", "Rule_FinanceInParallel",
        "Rule_CreditControlInParallel", "Rule_Director", "Rule_HighRiskCreditCheck", "Rule_PriceVariance",
        "Rule_Fallback"));
  }

  @Test
  void everyRuleIsNamedAndDescribed() throws Exception {
    try (InputStream dmn = getClass().getResourceAsStream("/processes/approval-routing.dmn")) {
      var model = org.camunda.bpm.model.dmn.Dmn.readModelFromStream(dmn);
      var rules = model.getModelElementsByType(org.camunda.bpm.model.dmn.instance.Rule.class);
      assertThat(rules).hasSize(10).allSatisfy(r -> {
        assertThat(r.getId()).startsWith("Rule_");
        assertThat(r.getDescription()).isNotNull();
      });
    }
  }
}
