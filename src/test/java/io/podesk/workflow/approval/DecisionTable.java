package io.podesk.workflow.approval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;

/** One decision table of processes/ on a bare DMN engine, telling which rules each evaluation matched. */
final class DecisionTable {

  private final List<String> matchedRules = new ArrayList<>();
  private final DmnEngine engine;
  private final DmnDecision decision;

  DecisionTable(String resource, String decisionKey) {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.customPostDecisionTableEvaluationListeners(List.of(new DmnDecisionTableEvaluationListener() {
      @Override
      public void notify(DmnDecisionTableEvaluationEvent event) {
        event.getMatchingRules().forEach(rule -> matchedRules.add(rule.getId()));
      }
    }));
    engine = configuration.buildEngine();
    try (InputStream dmn = DecisionTable.class.getResourceAsStream(resource)) {
      decision = engine.parseDecision(decisionKey, dmn);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Evaluates the table; {@link #matchedRules()} then holds the ids of the rules this evaluation matched. */
  DmnDecisionTableResult evaluate(VariableMap inputs) {
    matchedRules.clear();
    return engine.evaluateDecisionTable(decision, inputs);
  }

  List<String> matchedRules() {
    return List.copyOf(matchedRules);
  }
}
