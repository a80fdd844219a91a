package io.podesk.workflow.purchaseorder;

import static io.podesk.workflow.approval.ApprovalProcess.Element.Task_ApprovePurchaseOrder;
import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.*;

import io.podesk.approval.ApprovalPolicy;
import io.podesk.customers.CustomerDirectory;
import io.podesk.customers.CustomerTerms;
import io.podesk.orders.PurchaseOrderCommands;
import io.podesk.orders.PurchaseOrderSnapshot;
import io.podesk.workflow.approval.ApprovalEscalation;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** The approval has waited too long: the company's sales rep hears which groups the order is waiting for. */
@Component("alertSalesRepDelegate")
class AlertSalesRepDelegate implements JavaDelegate {

  private final PurchaseOrderCommands orders;
  private final CustomerDirectory customers;
  private final IdentityService identity;
  private final TaskService tasks;
  private final ApprovalEscalation escalation;
  private final ApprovalPolicy policy;

  AlertSalesRepDelegate(PurchaseOrderCommands orders, CustomerDirectory customers, IdentityService identity,
      TaskService tasks, ApprovalEscalation escalation, ApprovalPolicy policy) {
    this.orders = orders;
    this.customers = customers;
    this.identity = identity;
    this.tasks = tasks;
    this.escalation = escalation;
    this.policy = policy;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PurchaseOrderSnapshot order = orders.get(orderIdOf(execution));
    CustomerTerms customer = customers.termsOf(order.companyId());
    List<String> waitingFor = tasks.createTaskQuery().processInstanceBusinessKey(order.id().toString())
        .taskDefinitionKey(Task_ApprovePurchaseOrder.name()).list().stream()
        .flatMap(task -> escalation.groupsOf(task.getId()).stream()).distinct().toList();
    User rep = identity.createUserQuery().userId(customer.salesRep()).singleResult();
    List<String> recipients = Stream.ofNullable(rep).map(User::getEmail).filter(Objects::nonNull).toList();
    policy.stalled(order.id(), order.displayName(), customer.salesRep(), recipients,
        "waiting for " + (waitingFor.isEmpty() ? "approval" : String.join(", ", waitingFor)) + " since "
            + order.updatedAt());
  }
}
