package io.podesk.approval;

import io.podesk.shared.PurchaseOrderId;
import java.util.List;

/**
 * What approval asks about the order it decides on. The orders module answers it; approval never reads an order
 * any other way, so a process step that plans, decides, escalates or reminds calls approval alone.
 */
public interface ApprovalSubjects {

  ApprovalSubject subjectOf(PurchaseOrderId id);

  ApprovalRoutingFacts routingFactsOf(PurchaseOrderId id);

  /** The buyer's company approvers who can be reached by mail. */
  List<ApprovalRequested.Recipient> companyApproversOf(PurchaseOrderId id);
}
