/**
 * processes/approval.bpmn and the approval routing and re-approval decision tables: the backing class ({@code
 * ApprovalProcess}), planning the steps, the approval task listeners, reminders, escalation and delegation.
 */
package io.podesk.workflow.approval;
