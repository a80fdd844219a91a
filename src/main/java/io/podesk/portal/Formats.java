package io.podesk.portal;

import io.podesk.shared.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.OptionalDouble;

/** How the dashboard writes times, durations and amounts: the same on the page and in the CSV. */
final class Formats {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private Formats() {}

  static String time(Instant instant) {
    return instant == null ? "" : TIME.format(instant);
  }

  /** ISO-8601, for the datetime attribute and machine-read CSV columns. */
  static String iso(Instant instant) {
    return instant == null ? "" : instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  /** "3d 4h", "5h 10m", "12m": enough to compare ages at a glance. */
  static String age(Duration age) {
    if (age.isNegative()) {
      age = Duration.ZERO;
    }
    if (age.toDays() > 0) {
      return age.toDays() + "d " + age.toHoursPart() + "h";
    }
    if (age.toHours() > 0) {
      return age.toHours() + "h " + age.toMinutesPart() + "m";
    }
    return age.toMinutes() + "m";
  }

  static String money(BigDecimal amount, String currency) {
    return Money.of(amount, currency).rounded().toString();
  }

  /** Hours with one decimal, or an en dash when there is nothing to measure. */
  static String hours(OptionalDouble hours, int decimals) {
    return hours.isPresent() ? String.format(Locale.ROOT, "%." + decimals + "f", hours.getAsDouble()) : "–";
  }

  static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.1f", fraction * 100);
  }
}
