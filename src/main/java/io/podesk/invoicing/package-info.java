/** Invoices for what shipped: numbered, quoting the PO number, due after the customer's terms, kept as PDF. */
package io.podesk.invoicing;
