package io.podesk.workflow.purchaseorder;

import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.podesk.customers.CustomerDirectory;
import io.podesk.customers.CustomerTerms;
import io.podesk.orders.PurchaseOrderCommands;
import io.podesk.orders.PurchaseOrderEnteredInErp;
import io.podesk.orders.PurchaseOrderRevised;
import io.podesk.orders.PurchaseOrderSnapshot;
import io.podesk.orders.PurchaseOrderSubmitted;
import io.podesk.shared.PurchaseOrderId;
import java.util.LinkedHashMap;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts an order's process inside the submitting transaction: the order and its process exist together or not at
 * all. The start event is asynchronous, so submitting costs one job insert and the rest runs on the job executor.
 */
@Component
class PurchaseOrderProcessStarter {

  private final RuntimeService runtime;
  private final PurchaseOrderCommands orders;
  private final CustomerDirectory customers;
  private final String baseUrl;
  private final ObjectMapper json = new ObjectMapper();

  PurchaseOrderProcessStarter(RuntimeService runtime, PurchaseOrderCommands orders, CustomerDirectory customers,
      @Value("${podesk.base-url}") String baseUrl) {
    this.runtime = runtime;
    this.orders = orders;
    this.customers = customers;
    this.baseUrl = baseUrl;
  }

  @EventListener
  void on(PurchaseOrderSubmitted event) {
    runtime.startProcessInstanceByKey(KEY, event.purchaseOrderId().toString(), variablesOf(event.purchaseOrderId(), ""));
  }

  /**
   * An order entered in the ERP is there already: its instance starts where orders wait for their shipments, so
   * they are invoiced, pushed and paid like any other order's, and its page shows the diagram.
   */
  @EventListener
  void on(PurchaseOrderEnteredInErp event) {
    VariableMap variables = variablesOf(event.purchaseOrderId(), "");
    ERP_REFERENCE.putIn(variables, event.erpReference());
    runtime.createProcessInstanceByKey(KEY).businessKey(event.purchaseOrderId().toString())
        .setVariables(variables).startBeforeActivity(Element.Gateway_AwaitShipments.name()).execute();
  }

  /**
   * A revision runs the lifecycle again as a new instance; a change within tolerance only needs the model's own
   * ERP push step, so its instance starts right there.
   */
  @EventListener
  void on(PurchaseOrderRevised event) {
    String businessKey = event.purchaseOrderId().toString();
    VariableMap variables = variablesOf(event.purchaseOrderId(), event.summary());
    if (event.reapproval()) {
      // an instance still waiting (for shipments) ends; the revision starts over
      runtime.createMessageCorrelation(MESSAGE_CANCELLED).processInstanceBusinessKey(businessKey)
          .correlateAllWithResult();
      runtime.startProcessInstanceByKey(KEY, businessKey, variables);
      return;
    }
    var running = runtime.createMessageCorrelation(MESSAGE_ORDER_CHANGED).processInstanceBusinessKey(businessKey)
        .setVariables(variables).correlateAllWithResult();
    if (running.isEmpty()) {
      runtime.createProcessInstanceByKey(KEY).businessKey(businessKey)
          .setVariables(variables).startBeforeActivity(Element.Task_PushOrderToErp.name()).execute();
    }
  }

  private VariableMap variablesOf(PurchaseOrderId purchaseOrderId, String revisionSummary) {
    PurchaseOrderSnapshot order = orders.get(purchaseOrderId);
    CustomerTerms customer = customers.termsOf(order.companyId());
    VariableMap variables = Variables.createVariables();
    PURCHASE_ORDER_ID.putIn(variables, order.id());
    APPROVAL_EXPIRY.putIn(variables, "P" + customer.approvalExpiryDays() + "D");
    APPROVALS_SO_FAR.putIn(variables, "");
    PO_NUMBER.putIn(variables, order.displayName());
    COMPANY_NAME.putIn(variables, customer.name());
    TOTAL_DISPLAY.putIn(variables, order.total().toString());
    variables.putValue(LINES, SpinValues.jsonValue(linesJson(order)).create());
    // the portal's route: it takes the browser's login session (the API's would make the browser ask for Basic
    // credentials and keep them) and shows the document only to those who may see the order
    DOCUMENT_URL.putIn(variables, baseUrl + "/portal/orders/" + order.id() + "/document");
    REVISION_SUMMARY.putIn(variables, revisionSummary);
    return variables;
  }

  /** The lines as a JSON list, for the forms' lines table. */
  private String linesJson(PurchaseOrderSnapshot order) {
    try {
      return json.writeValueAsString(order.lines().stream().map(line -> {
        var row = new LinkedHashMap<String, Object>();
        row.put("sku", line.sku());
        row.put("description", line.description() == null ? "" : line.description());
        row.put("quantity", line.quantity().stripTrailingZeros().toPlainString());
        row.put("unitPrice", line.unitPrice().toPlainString());
        row.put("lineTotal", line.lineTotal().toPlainString());
        // the catalog's price for the line when it was submitted, and what the catalog found wrong with it
        row.put("expectedUnitPrice", line.expectedUnitPrice() == null ? "–"
            : line.expectedUnitPrice().stripTrailingZeros().toPlainString());
        row.put("catalogIssue", line.catalogIssue() == null ? "" : line.catalogIssue());
        return row;
      }).toList());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
