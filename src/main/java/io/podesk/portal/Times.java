package io.podesk.portal;

import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Times on the portal's pages, written the dashboard's way ({@link Formats}), for templates:
 * {@code ${@times.format(order.submittedAt())}}.
 */
@Component("times")
class Times {

  public String format(Instant instant) {
    return Formats.time(instant);
  }
}
