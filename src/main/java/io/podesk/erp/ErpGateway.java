package io.podesk.erp;

import io.podesk.invoicing.ErpIssuedInvoice;
import java.util.List;

/**
 * Sends approved orders to the ERP. Implementations are idempotent by company and PO number: pushing the same
 * order again returns the reference of the order already there and never creates a second one.
 */
interface ErpGateway {

  /** @return the ERP's own reference for the order */
  String push(ErpOrder order);

  /**
   * Hands an invoice to the ERP, idempotently by its number.
   *
   * @return the ERP's reference for it, or empty when the ERP keeps no separate record
   */
  String pushInvoice(ErpInvoice invoice);

  /**
   * Tells the ERP to hold the order it has: a change of it awaits approval in PO Desk. Idempotent by order and
   * revision.
   */
  void hold(ErpOrderHold hold);

  /** Tells the ERP to cancel the order it has: its change was not approved. Idempotent by order and revision. */
  void cancel(ErpOrderHold cancellation);

  /** Whether the ERP issues the invoices of the orders it has, for {@code podesk.invoicing.issuer=erp}. */
  default boolean issuesInvoices() {
    return false;
  }

  /**
   * The invoices the ERP issued (posted) for its order, oldest first, as PO Desk records them.
   *
   * @param erpReference the ERP's reference of the order, as {@link #push} answered it
   */
  default List<ErpIssuedInvoice> issuedInvoices(String erpReference) {
    throw new UnsupportedOperationException("This ERP adapter does not read invoices back");
  }
}
