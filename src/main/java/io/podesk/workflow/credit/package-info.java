/** processes/credit-check.bpmn: its backing class ({@code CreditCheckProcess}), the credit check and the credit hold. */
package io.podesk.workflow.credit;
