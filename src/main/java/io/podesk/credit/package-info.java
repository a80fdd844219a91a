/** A customer's available credit, behind a port that can later ask the ERP, and the credit-hold decisions. */
package io.podesk.credit;
