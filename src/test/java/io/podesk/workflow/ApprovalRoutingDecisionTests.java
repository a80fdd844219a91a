package io.podesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Walks every rule of processes/approval-routing.dmn, the fallback included. */
class ApprovalRoutingDecisionTests {

  private static final List<String> matchedRules = new ArrayList<>();
  private static final List<String> everyMatchedRule = new ArrayList<>();
  private static DmnEngine engine;
  private static DmnDecision decision;

  @BeforeAll
  static void parseTheTable() throws Exception {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.customPostDecisionTableEvaluationListeners(List.of(new DmnDecisionTableEvaluationListener() {
      @Override
      public void notify(DmnDecisionTableEvaluationEvent event) {
        event.getMatchingRules().forEach(rule -> matchedRules.add(rule.getId()));
      }
    }));
    engine = configuration.buildEngine();
    try (InputStream dmn = ApprovalRoutingDecisionTests.class.getResourceAsStream("/processes/approval-routing.dmn")) {
      decision = engine.parseDecision("approvalRouting", dmn);
    }
  }

  static Stream<Arguments> orders() {
    return Stream.of(
        Arguments.of(0.0, "enterprise", "NA", "Rule_AutoApprove", "none"),
        Arguments.of(499.99, "smb", "EMEA", "Rule_AutoApprove", "none"),
        Arguments.of(500.0, "enterprise", "NA", "Rule_SalesManager", "salesmanagers"),
        Arguments.of(25000.0, "healthcare", "NA", "Rule_SalesManager", "salesmanagers"),
        Arguments.of(25000.01, "enterprise", "NA", "Rule_Director", "directors"),
        Arguments.of(null, "enterprise", "NA", "Rule_Fallback", "salesmanagers"));
  }

  @ParameterizedTest(name = "total {0} → {3}")
  @MethodSource("orders")
  void routesEachOrderByTheMatchingRule(Double total, String customerGroup, String region, String rule,
      String reviewerGroup) {
    matchedRules.clear();

    var result = engine.evaluateDecisionTable(decision, Variables.createVariables()
        .putValue("total", total).putValue("customerGroup", customerGroup).putValue("region", region));

    assertThat(matchedRules).containsExactly(rule);
    assertThat((String) result.getSingleEntry()).isEqualTo(reviewerGroup);
    everyMatchedRule.add(rule);
  }

  @AfterAll
  static void everyRuleWasWalked() {
    assertThat(everyMatchedRule).containsAll(List.of("Rule_AutoApprove", "Rule_SalesManager", "Rule_Director",
        "Rule_Fallback"));
  }

  @Test
  void everyRuleIsNamedAndDescribed() throws Exception {
    try (InputStream dmn = getClass().getResourceAsStream("/processes/approval-routing.dmn")) {
      var model = org.camunda.bpm.model.dmn.Dmn.readModelFromStream(dmn);
      var rules = model.getModelElementsByType(org.camunda.bpm.model.dmn.instance.Rule.class);
      assertThat(rules).hasSize(4).allSatisfy(r -> {
        assertThat(r.getId()).startsWith("Rule_");
        assertThat(r.getDescription()).isNotNull();
      });
    }
  }
}
