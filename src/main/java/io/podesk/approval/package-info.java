/** Approval rules of the domain: authority limits, four-eyes, and the record of every decision in a chain. */
package io.podesk.approval;
