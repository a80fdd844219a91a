package io.podesk.workflow;

import java.util.UUID;

/**
 * A step of an order's process ran out of retries: an incident is open in Cockpit and operations must act.
 *
 * @param activityId the failing step, e.g. Task_PushOrderToErp
 */
public record ProcessStepFailed(UUID purchaseOrderId, String activityId, String activityName, String error,
    String incidentId) {}
