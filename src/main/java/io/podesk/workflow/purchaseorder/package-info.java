/**
 * processes/purchase-order.bpmn: its backing class ({@code PurchaseOrderProcess}), the process start and message
 * correlations, and the delegates and listeners its tasks call (document, ERP push, shipments, invoices, payment).
 */
package io.podesk.workflow.purchaseorder;
