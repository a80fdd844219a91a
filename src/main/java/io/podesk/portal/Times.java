package io.podesk.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Times on pages, in one format (UTC), and ages in words: {@code ${@times.format(order.submittedAt())}}. */
@Component("times")
public class Times {

  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
      .withZone(ZoneOffset.UTC);

  private final Clock clock;

  Times(Clock clock) {
    this.clock = clock;
  }

  public String format(Instant instant) {
    return instant == null ? "" : FORMAT.format(instant);
  }

  /** "3 d 4 h", "5 h 10 min", "12 min": how long ago. */
  public String age(Instant since) {
    return since == null ? "" : duration(Duration.between(since, Instant.now(clock)));
  }

  public static String duration(Duration duration) {
    Duration d = duration.isNegative() ? Duration.ZERO : duration;
    if (d.toDays() > 0) {
      return d.toDays() + " d " + d.toHoursPart() + " h";
    }
    if (d.toHours() > 0) {
      return d.toHours() + " h " + d.toMinutesPart() + " min";
    }
    return d.toMinutes() + " min";
  }
}
