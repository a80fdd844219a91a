package io.podesk.webhooks;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether any subscription wants an event type: the condition of the webhook listeners. Spring Modulith evaluates a
 * listener's condition when the event is published, so an event nobody subscribed to stores no publication and runs
 * no listener transaction (two commits each; the benchmark counts them). Read in the publishing transaction: a
 * subscription made after the event gets the events after it.
 */
@Component("webhookInterest")
class WebhookInterest {

  private final WebhookSubscriptions subscriptions;

  WebhookInterest(WebhookSubscriptions subscriptions) {
    this.subscriptions = subscriptions;
  }

  @Transactional(readOnly = true)
  public boolean wanted(String eventType) {
    return subscriptions.findAll().stream().anyMatch(subscription -> subscription.wants(eventType));
  }
}
