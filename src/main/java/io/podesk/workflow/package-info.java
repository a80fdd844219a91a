/**
 * The only module that knows Camunda. Its API, in this package, is what other modules ask of the processes:
 * {@link io.podesk.workflow.ApprovalTasks} (deciding an approval from a mail link), {@link
 * io.podesk.workflow.ProcessProgress} (where an order's process stands, for the diagram), {@link
 * io.podesk.workflow.ProcessInsights} (open tasks and incidents for the staff work list and analytics) and the
 * {@link io.podesk.workflow.ProcessStepFailed} event. The rest is internal, one sub-package per concern:
 * {@code purchaseorder}, {@code approval} and {@code credit} hold each BPMN file's backing class (process key,
 * element ids, typed variables) with its delegates and listeners; {@code engine} holds the engine's set-up
 * (schema, user store, authorizations, single sign-on, the engine REST route rules); {@code operations} holds
 * incident alerts, process migrations and ERP sync health.
 */
package io.podesk.workflow;
