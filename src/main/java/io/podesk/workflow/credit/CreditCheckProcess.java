package io.podesk.workflow.credit;

import io.podesk.workflow.engine.ProcessVariable;

/**
 * The credit check ({@code processes/credit-check.bpmn}), called by the purchase-order process at submission and on
 * approval: its key, the elements code and tests refer to, and its variables. {@link #CREDIT_REFUSED} and
 * {@link #CREDIT_HOLD_REASON} are passed back to the purchase-order process.
 */
public final class CreditCheckProcess {

  public static final String KEY = "CreditCheck";

  /** Element ids of credit-check.bpmn: each constant's name is the id ({@code Element.X.name()}). */
  public enum Element {
    /** Credit control's user task when the order is over the customer's credit limit. */
    Task_ResolveCreditHold
  }

  public static final ProcessVariable<Boolean> CREDIT_EXCEEDED = ProcessVariable.of("creditExceeded", Boolean.class);
  public static final ProcessVariable<String> CREDIT_SUMMARY = ProcessVariable.of("creditSummary", String.class);
  /** Credit control's answer in the credit-hold form: true overrides the limit, false refuses. */
  public static final ProcessVariable<Boolean> CREDIT_OVERRIDE = ProcessVariable.of("override", Boolean.class);
  /** What the server made of that answer; the gateway after the credit hold reads it. */
  public static final ProcessVariable<Boolean> CREDIT_OVERRIDDEN =
      ProcessVariable.of("creditOverridden", Boolean.class);
  public static final ProcessVariable<Boolean> CREDIT_REFUSED = ProcessVariable.of("creditRefused", Boolean.class);
  public static final ProcessVariable<String> CREDIT_HOLD_REASON =
      ProcessVariable.of("creditHoldReason", String.class);

  private CreditCheckProcess() {}
}
