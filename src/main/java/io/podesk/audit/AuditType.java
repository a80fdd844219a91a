package io.podesk.audit;

/** What an audit entry records. */
public enum AuditType {
  SUBMITTED,
  STATUS_CHANGED,
  DOCUMENT_UPLOADED,
  DOCUMENT_DOWNLOADED,
  TASK_COMPLETED,
  APPROVAL_REQUESTED,
  ESCALATED,
  REMINDED,
  CANCELLED,
  PUSHED_TO_ERP
}
