package io.podesk.audit;

/** What an audit entry records. */
public enum AuditType {
  SUBMITTED,
  STATUS_CHANGED,
  DOCUMENT_UPLOADED,
  DOCUMENT_DOWNLOADED,
  /** Retention removed a document's bytes from the store; its metadata and hash stay. */
  DOCUMENT_REMOVED,
  /** An admin put the order under legal hold: retention removes none of its documents. */
  LEGAL_HOLD_SET,
  LEGAL_HOLD_RELEASED,
  TASK_COMPLETED,
  APPROVAL_REQUESTED,
  CREDIT_CHECKED,
  ESCALATED,
  REMINDED,
  STALLED,
  CANCELLED,
  REVISED,
  DELEGATED,
  PUSHED_TO_ERP,
  /** The ERP was told to hold the revision it has while a change is approved again. */
  HELD_IN_ERP,
  /** The ERP was told to cancel the order it has: the change was not approved. */
  CANCELLED_IN_ERP,
  ERP_CONFIRMED,
  OFFLINE_ORDER,
  SHIPPED,
  INVOICED,
  PAYMENT_RECORDED,
  PAYMENT_REMINDED,
  ERP_TOTALS_DIFFER,
  /** Master data: a company, person or limit was created. */
  CREATED,
  /** Master data: a company, person or limit was changed. */
  CHANGED,
  DEACTIVATED,
  REACTIVATED,
  /** Master data: a record without history of use was removed. */
  DELETED,
  INVITED,
  /** A person set their password through their invitation. */
  ACCEPTED_INVITATION,
  IMPORTED
}
