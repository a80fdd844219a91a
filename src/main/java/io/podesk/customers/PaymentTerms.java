package io.podesk.customers;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When an invoice is due.
 *
 * <ul>
 *   <li>{@code NET} N: N days after the invoice date (Net 45);
 *   <li>{@code DUE_ON_RECEIPT}: on the invoice date;
 *   <li>{@code END_OF_MONTH} N: N days after the end of the invoice's month (Net 30 EOM; 0 is the month's last day).
 * </ul>
 *
 * Stored, and sent to the ERP, by its {@link #code()}: {@code NET_45}, {@code DUE_ON_RECEIPT}, {@code EOM_30}.
 */
public record PaymentTerms(Type type, int days) {

  /** The longest term a company may get: a year. */
  public static final int MAX_DAYS = 365;

  public static final PaymentTerms NET_15 = net(15);
  public static final PaymentTerms NET_30 = net(30);
  public static final PaymentTerms NET_60 = net(60);

  private static final Pattern CODE = Pattern.compile("(NET|EOM)_(\\d{1,3})|DUE_ON_RECEIPT");

  public enum Type {
    NET,
    DUE_ON_RECEIPT,
    END_OF_MONTH
  }

  public PaymentTerms {
    problemWith(type, days).ifPresent(problem -> {
      throw new IllegalArgumentException(problem);
    });
  }

  /** What is wrong with terms of this type and days, said of the days (or the type when it is missing). */
  public static Optional<String> problemWith(Type type, int days) {
    if (type == null) {
      return Optional.of("must be NET, DUE_ON_RECEIPT or END_OF_MONTH");
    }
    if (type == Type.DUE_ON_RECEIPT && days != 0) {
      return Optional.of("must be 0 (or left out) for DUE_ON_RECEIPT");
    }
    int least = type == Type.NET ? 1 : 0;
    if (days < least || days > MAX_DAYS) {
      return Optional.of("must be between " + least + " and " + MAX_DAYS + " for " + type);
    }
    return Optional.empty();
  }

  public static PaymentTerms net(int days) {
    return new PaymentTerms(Type.NET, days);
  }

  public static PaymentTerms dueOnReceipt() {
    return new PaymentTerms(Type.DUE_ON_RECEIPT, 0);
  }

  public static PaymentTerms endOfMonth(int days) {
    return new PaymentTerms(Type.END_OF_MONTH, days);
  }

  /** Reads a stored {@link #code()}. */
  public static PaymentTerms ofCode(String code) {
    Matcher matcher = CODE.matcher(code == null ? "" : code);
    if (!matcher.matches()) {
      throw new IllegalArgumentException("Not payment terms: " + code);
    }
    if (matcher.group(1) == null) {
      return dueOnReceipt();
    }
    int days = Integer.parseInt(matcher.group(2));
    return "NET".equals(matcher.group(1)) ? net(days) : endOfMonth(days);
  }

  /** {@code NET_45}, {@code DUE_ON_RECEIPT} or {@code EOM_30}. */
  public String code() {
    return switch (type) {
      case NET -> "NET_" + days;
      case DUE_ON_RECEIPT -> "DUE_ON_RECEIPT";
      case END_OF_MONTH -> "EOM_" + days;
    };
  }

  /** As a buyer reads it on an invoice: "Net 45", "Due on receipt", "Net 30 EOM". */
  public String label() {
    return switch (type) {
      case NET -> "Net " + days;
      case DUE_ON_RECEIPT -> "Due on receipt";
      case END_OF_MONTH -> days == 0 ? "End of month" : "Net " + days + " EOM";
    };
  }

  /** The due date of an invoice issued on the given day. */
  public LocalDate dueDate(LocalDate issued) {
    return switch (type) {
      case NET -> issued.plusDays(days);
      case DUE_ON_RECEIPT -> issued;
      case END_OF_MONTH -> issued.with(TemporalAdjusters.lastDayOfMonth()).plusDays(days);
    };
  }

  @Override
  public String toString() {
    return code();
  }
}
