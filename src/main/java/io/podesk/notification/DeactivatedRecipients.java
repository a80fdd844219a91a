package io.podesk.notification;

import io.podesk.shared.PersonDeactivated;
import java.time.Clock;
import java.time.Instant;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A deactivated person's mail links stop working: each unused one counts as spent. */
@Component
class DeactivatedRecipients {

  private final ActionLinks links;
  private final Clock clock;

  DeactivatedRecipients(ActionLinks links, Clock clock) {
    this.links = links;
    this.clock = clock;
  }

  @ApplicationModuleListener
  void on(PersonDeactivated event) {
    links.spendAllOf(event.userId(), Instant.now(clock));
  }
}
