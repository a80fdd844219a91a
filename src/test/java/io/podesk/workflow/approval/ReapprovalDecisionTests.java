package io.podesk.workflow.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Walks every rule of processes/reapproval.dmn, the fallback included. */
class ReapprovalDecisionTests {

  private static final List<String> everyMatchedRule = new ArrayList<>();
  private static DecisionTable table;

  @BeforeAll
  static void parseTheTable() {
    table = new DecisionTable("/processes/reapproval.dmn", ApprovalProcess.REAPPROVAL_DECISION);
  }

  static Stream<Arguments> changes() {
    return Stream.of(
        // total delta, lines, ship-to, document → first matching rule, re-approval, from step
        Arguments.of(0.0, false, false, true, "Rule_DocumentReplaced", true, 0),
        Arguments.of(0.0, true, true, true, "Rule_DocumentReplaced", true, 0),
        Arguments.of(0.01, true, false, false, "Rule_LinesChangedTotalUp", true, 0),
        Arguments.of(250.0, true, true, false, "Rule_LinesChangedTotalUp", true, 0),
        Arguments.of(0.0, true, false, false, "Rule_LinesChangedTotalNotUp", true, 1),
        Arguments.of(-100.0, true, true, false, "Rule_LinesChangedTotalNotUp", true, 1),
        Arguments.of(0.0, false, true, false, "Rule_ShipToChanged", true, 1),
        Arguments.of(0.0, false, false, false, "Rule_NothingMaterial", false, 0));
  }

  @ParameterizedTest(name = "delta {0}, lines {1}, ship-to {2}, document {3} → {4}")
  @MethodSource("changes")
  void decidesEachChangeByTheFirstMatchingRule(double totalDelta, boolean lines, boolean shipTo, boolean document,
      String rule, boolean reapproval, int fromStep) {
    var result = table.evaluate(Variables.createVariables()
        .putValue("totalDelta", totalDelta).putValue("linesChanged", lines).putValue("shipToChanged", shipTo)
        .putValue("documentReplaced", document)).getSingleResult();

    assertThat(table.matchedRules()).first().isEqualTo(rule);
    assertThat(result.<Boolean>getEntry("reapproval")).isEqualTo(reapproval);
    assertThat(((Number) result.getEntry("fromStep")).intValue()).isEqualTo(fromStep);
    assertThat(result.<String>getEntry("reason")).isNotBlank();
    everyMatchedRule.add(rule);
  }

  @AfterAll
  static void everyRuleWasWalked() {
    assertThat(everyMatchedRule).containsAll(List.of("Rule_DocumentReplaced", "Rule_LinesChangedTotalUp",
        "Rule_LinesChangedTotalNotUp", "Rule_ShipToChanged", "Rule_NothingMaterial"));
  }

  @Test
  void everyRuleIsNamedAndDescribed() throws Exception {
    try (InputStream dmn = getClass().getResourceAsStream("/processes/reapproval.dmn")) {
      var rules = Dmn.readModelFromStream(dmn).getModelElementsByType(Rule.class);
      assertThat(rules).hasSize(5).allSatisfy(r -> {
        assertThat(r.getId()).startsWith("Rule_");
        assertThat(r.getDescription().getTextContent()).isNotBlank();
      });
    }
  }
}
