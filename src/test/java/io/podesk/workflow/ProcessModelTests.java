package io.podesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;

/**
 * Every BPMN file in processes/: it parses, every delegate expression names a real bean of the workflow module,
 * every element id says what it is, and every element is drawn (BPMNDI) where Modeler can show it.
 */
class ProcessModelTests {

  private static final Pattern ID = Pattern.compile(
      "(Event|Task|Gateway|Timer|Flow|SubProcess|Message|Error|Signal|Escalation|Process)_[A-Z][A-Za-z0-9]*");
  private static final Pattern BEAN = Pattern.compile("\\$\\{([a-zA-Z][a-zA-Z0-9]*)[}.]");

  static Stream<File> bpmnFiles() {
    File[] files = new File("processes").listFiles((dir, name) -> name.endsWith(".bpmn"));
    return Stream.of(Objects.requireNonNull(files));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bpmnFiles")
  void everyExpressionNamesARealBean(File file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file);
    Set<String> referenced = new HashSet<>();
    for (ModelElementInstance element : model.getModelElementsByType(BaseElement.class)) {
      for (String attribute : List.of("delegateExpression", "expression")) {
        String value = element.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", attribute);
        if (value == null) {
          value = element.getAttributeValue(attribute);
        }
        if (value != null) {
          Matcher matcher = BEAN.matcher(value);
          while (matcher.find()) {
            referenced.add(matcher.group(1));
          }
        }
      }
    }
    assertThat(referenced).isNotEmpty();
    assertThat(beanNames()).containsAll(referenced);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bpmnFiles")
  void everyElementIdSaysWhatItIs(File file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file);
    assertThat(model.getModelElementsByType(FlowElement.class))
        .allSatisfy(element -> assertThat(element.getId()).matches(ID));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bpmnFiles")
  void everyElementIsDrawn(File file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file);
    Set<String> shapes = new HashSet<>();
    model.getModelElementsByType(BpmnShape.class).forEach(shape -> shapes.add(shape.getBpmnElement().getId()));
    Set<String> edges = new HashSet<>();
    model.getModelElementsByType(BpmnEdge.class).forEach(edge -> edges.add(edge.getBpmnElement().getId()));

    assertThat(model.getModelElementsByType(FlowNode.class))
        .allSatisfy(node -> assertThat(shapes).as("shape of " + node.getId()).contains(node.getId()));
    assertThat(model.getModelElementsByType(SequenceFlow.class))
        .allSatisfy(flow -> assertThat(edges).as("edge of " + flow.getId()).contains(flow.getId()));
  }

  private static Set<String> beanNames() {
    var scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
    Set<String> names = new HashSet<>();
    scanner.findCandidateComponents("io.podesk.workflow").forEach(definition -> {
      try {
        Component component = Class.forName(definition.getBeanClassName()).getAnnotation(Component.class);
        if (component != null && !component.value().isEmpty()) {
          names.add(component.value());
        }
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    });
    return names;
  }
}
