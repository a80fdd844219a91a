package io.podesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.podesk.orders.PurchaseOrderStatus;
import io.podesk.workflow.approval.ApprovalProcess;
import io.podesk.workflow.credit.CreditCheckProcess;
import io.podesk.workflow.purchaseorder.PurchaseOrderProcess;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.util.ArrayList;
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
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;

/**
 * Every BPMN file in processes/: it parses, every delegate expression names a real bean of the workflow module,
 * every element id says what it is, and every element is drawn (BPMNDI) where Modeler can show it. Each file's
 * backing class names only what the file has, so an element renamed in Modeler fails the build, not a running process.
 */
class ProcessModelTests {

  /** A BPMN file and the class that holds its key and the element ids code and tests use. */
  record Backing(String file, Class<?> type, String key, Enum<?>[] elements) {

    @Override
    public String toString() {
      return file + " / " + type.getSimpleName();
    }
  }

  static Stream<Backing> backingClasses() {
    return Stream.of(
        new Backing("purchase-order.bpmn", PurchaseOrderProcess.class, PurchaseOrderProcess.KEY,
            PurchaseOrderProcess.Element.values()),
        new Backing("approval.bpmn", ApprovalProcess.class, ApprovalProcess.KEY, ApprovalProcess.Element.values()),
        new Backing("credit-check.bpmn", CreditCheckProcess.class, CreditCheckProcess.KEY,
            CreditCheckProcess.Element.values()));
  }

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

  /** The order's status moves through the orders module's commands, each behind a bean named for its phase. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("bpmnFiles")
  void noModelNamesAnOrderStatus(File file) throws IOException {
    String model = Files.readString(file.toPath());
    assertThat(PurchaseOrderStatus.values()).noneSatisfy(status ->
        assertThat(model).containsAnyOf("'" + status.name() + "'", "\"" + status.name() + "\""));
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

  @Test
  void everyBpmnFileHasABackingClass() {
    assertThat(bpmnFiles().map(File::getName))
        .containsExactlyInAnyOrderElementsOf(backingClasses().map(Backing::file).toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("backingClasses")
  void backingClassNamesOnlyWhatItsFileHas(Backing backing) throws IllegalAccessException {
    BpmnModelInstance model = Bpmn.readModelFromFile(new File("processes", backing.file()));
    assertThat(model.getModelElementsByType(Process.class)).extracting(Process::getId).as("process key")
        .containsExactly(backing.key());
    assertThat(backing.elements()).isNotEmpty().allSatisfy(element ->
        assertThat(model.<ModelElementInstance>getModelElementById(element.name()))
            .as("element %s in %s", element.name(), backing.file()).isInstanceOf(FlowElement.class));
    Set<String> messages = new HashSet<>();
    model.getModelElementsByType(Message.class).forEach(message -> messages.add(message.getName()));
    assertThat(stringConstants(backing.type(), "MESSAGE_")).as("message names").isSubsetOf(messages);
  }

  @Test
  void everyCalledProcessHasABackingClass() {
    Set<String> keys = new HashSet<>(backingClasses().map(Backing::key).toList());
    bpmnFiles().forEach(file -> assertThat(Bpmn.readModelFromFile(file).getModelElementsByType(CallActivity.class))
        .extracting(CallActivity::getCalledElement).as(file.getName()).allMatch(keys::contains));
  }

  @Test
  void decisionKeysNameTheirTables() {
    assertThat(Dmn.readModelFromFile(new File("processes", "approval-routing.dmn"))
        .<ModelElementInstance>getModelElementById(ApprovalProcess.ROUTING_DECISION)).isInstanceOf(Decision.class);
    assertThat(Dmn.readModelFromFile(new File("processes", "reapproval.dmn"))
        .<ModelElementInstance>getModelElementById(ApprovalProcess.REAPPROVAL_DECISION)).isInstanceOf(Decision.class);
  }

  private static List<String> stringConstants(Class<?> type, String prefix) throws IllegalAccessException {
    List<String> values = new ArrayList<>();
    for (Field field : type.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class
          && field.getName().startsWith(prefix)) {
        values.add((String) field.get(null));
      }
    }
    return values;
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
