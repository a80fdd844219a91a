/** Outbound webhooks: other systems hear of order events, signed and retried, with a delivery log. */
package io.podesk.webhooks;
