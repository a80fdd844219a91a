package io.podesk.notification;

/**
 * Every mail PO Desk sends: its template pair under {@code templates/mail/} (HTML and plain text) and its subject.
 * Subjects are built here only, so none can leave out the PO number.
 */
enum MailKind {

  RECEIVED("received", " received"),
  DOCUMENT_MISSING("document-missing", ": document missing"),
  APPROVAL_NEEDED("approval-needed", ": your approval is needed"),
  APPROVAL_REMINDER("approval-reminder", ": your approval is still needed"),
  APPROVAL_ESCALATED("approval-escalated", ": approval escalated to %s"),
  APPROVED("approved", " approved"),
  REJECTED("rejected", " rejected"),
  EXPIRED("expired", " expired"),
  CANCELLED("cancelled", " cancelled"),
  INVOICE_ISSUED("invoice-issued", ": invoice %s"),
  PAYMENT_REMINDER("payment-reminder", ": payment due %s"),
  PAYMENT_OVERDUE("payment-overdue", ": payment overdue (notice %s)"),
  APPROVAL_STALLED("approval-stalled", ": approval stalled"),
  STEP_FAILED("step-failed", ": %s failed"),
  ERP_EVENT_REFUSED("erp-event-refused", " (%s): ERP event %s refused");

  private final String template;
  private final String subjectAfterPoNumber;

  MailKind(String template, String subjectAfterPoNumber) {
    this.template = template;
    this.subjectAfterPoNumber = subjectAfterPoNumber;
  }

  String template() {
    return template;
  }

  /** "PO " + the PO number + what the mail is about; line breaks (header injection) become spaces. */
  String subject(String poNumber, Object... details) {
    return ("PO " + poNumber + subjectAfterPoNumber.formatted(details)).replaceAll("[\\r\\n]+", " ");
  }
}
