package io.podesk.customers;

import io.podesk.shared.BaseCurrency;
import io.podesk.shared.FieldError;
import io.podesk.shared.InvalidInputException;
import io.podesk.shared.StaffDirectory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Checks a company as an admin entered it and turns it into a profile; reports every problem at once, by field, in
 * words an admin can act on.
 */
@Component
class CompanyRules {

  /**
   * Lower-case letters and digits: the code names the company's approver group in the user store, whose ids allow
   * nothing else.
   */
  static final Pattern CODE = Pattern.compile("[a-z0-9]{2,32}");
  static final Set<String> RISKS = Set.of("low", "medium", "high");
  static final BigDecimal MAX_CREDIT_LIMIT = new BigDecimal("1000000000000");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Cs}]");
  private static final Set<String> CURRENCIES =
      Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode).collect(Collectors.toSet());
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  private final BaseCurrency baseCurrency;
  private final StaffDirectory staff;

  CompanyRules(BaseCurrency baseCurrency, StaffDirectory staff) {
    this.baseCurrency = baseCurrency;
    this.staff = staff;
  }

  /**
   * The profile the form describes, for the company with the given code (the form's own code, when it has one,
   * must be the same).
   *
   * @throws InvalidInputException listing every field that is wrong
   */
  CompanyProfile profileOf(String code, CompanyForm form, boolean active) {
    if (form == null) {
      throw new InvalidInputException("body", "the request body must be a company in JSON");
    }
    List<FieldError> errors = new ArrayList<>();
    if (code == null || !CODE.matcher(code).matches()) {
      errors.add(new FieldError("code", "code is required: 2 to 32 lower-case letters and digits, such as initech"));
    }
    if (form.code() != null && code != null && !form.code().equals(code)) {
      errors.add(new FieldError("code", "a company's code cannot change (" + code + "); create a new company"));
    }
    String name = text("name", form.name(), 200, true, errors);
    String currency = currency(form.currency(), errors);
    PaymentTerms terms = paymentTerms(form.paymentTerms(), errors);
    PoNumberPolicy rule = poNumberRule(form.poNumber(), errors);
    BigDecimal creditLimit = creditLimit(form.creditLimit(), currency, errors);
    int expiryDays = number("approvalExpiryDays", form.approvalExpiryDays(), 7, 1, 365, errors);
    int approvals = number("companyApprovalsRequired", form.companyApprovalsRequired(), 1, 1, 10, errors);
    String group = text("customerGroup", form.customerGroup(), 64, true, errors);
    String region = text("region", form.region(), 64, true, errors);
    String risk = form.risk() == null ? "low" : form.risk();
    if (!RISKS.contains(risk)) {
      errors.add(new FieldError("risk", "risk must be low, medium or high"));
    }
    String salesRep = salesRep(form.salesRep(), errors);
    Address billing = address("billingAddress", form.billingAddress(), errors);
    List<Address> given = form.shipTos() == null ? List.of() : form.shipTos();
    List<Address> shipTos = new ArrayList<>();
    if (given.size() > 50) {
      errors.add(new FieldError("shipTos", "a company may have at most 50 ship-to addresses"));
    }
    for (int i = 0; i < given.size() && i < 50; i++) {
      if (given.get(i) == null) {
        errors.add(new FieldError("shipTos[" + i + "]", "a ship-to address must not be empty"));
      } else {
        shipTos.add(address("shipTos[" + i + "]", given.get(i), errors));
      }
    }
    int reminderDays = number("documentReminderDays", form.documentReminderDays(),
        CompanyProfile.DEFAULT_DOCUMENT_REMINDER_DAYS, 1, 90, errors);
    int cancelDays = number("documentCancelDays", form.documentCancelDays(),
        CompanyProfile.DEFAULT_DOCUMENT_CANCEL_DAYS, 1, 365, errors);
    if (cancelDays <= reminderDays) {
      errors.add(new FieldError("documentCancelDays", "the order is cancelled after " + cancelDays
          + " days, which must be later than the reminder after " + reminderDays));
    }
    TaxExemption exemption = exemption(form.taxExemption(), errors);
    int retentionDays = number("retentionDays", form.retentionDays(), CompanyProfile.DEFAULT_RETENTION_DAYS, 30,
        36500, errors);
    PricePolicy pricePolicy = pricePolicy(form.pricePolicy(), errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The company has " + errors.size() + " problem(s)", errors);
    }
    CustomerTerms customer = new CustomerTerms(code, name, terms, currency, creditLimit, rule,
        Boolean.TRUE.equals(form.documentRequired()), group, region, risk, salesRep, expiryDays, approvals, active,
        pricePolicy);
    return new CompanyProfile(customer, billing, shipTos, reminderDays, cancelDays, exemption, retentionDays);
  }

  private static PricePolicy pricePolicy(PricePolicy policy, List<FieldError> errors) {
    if (policy == null) {
      return PricePolicy.DEFAULT;
    }
    BigDecimal tolerance = policy.tolerancePercent();
    if (tolerance.signum() < 0 || tolerance.compareTo(BigDecimal.valueOf(100)) > 0) {
      errors.add(new FieldError("pricePolicy.tolerancePercent", "the tolerance is a percentage from 0 to 100"));
    }
    return policy;
  }

  static String text(String field, String value, int max, boolean required, List<FieldError> errors) {
    String trimmed = value == null ? null : value.strip();
    if (trimmed == null || trimmed.isEmpty()) {
      if (required) {
        errors.add(new FieldError(field, field + " is required"));
      }
      return null;
    }
    if (trimmed.length() > max) {
      errors.add(new FieldError(field, field + " must be at most " + max + " characters"));
    } else if (CONTROL.matcher(trimmed).find()) {
      errors.add(new FieldError(field, field + " must not contain control or invisible characters"));
    }
    return trimmed;
  }

  private String currency(String currency, List<FieldError> errors) {
    if (currency == null || currency.isBlank()) {
      errors.add(new FieldError("currency", "currency is required, as an ISO 4217 code such as USD"));
    } else if (!CURRENCIES.contains(currency)) {
      errors.add(new FieldError("currency", "currency '" + (currency.length() > 8 ? currency.substring(0, 8) + "…"
          : currency) + "' is not an ISO 4217 code; use one such as USD or EUR"));
    } else if (!baseCurrency.accepted().contains(currency)) {
      errors.add(new FieldError("currency", "PO Desk takes orders in " + baseCurrency.accepted() + "; add a rate for "
          + currency + " (podesk.currency.rates) before a company buys in it"));
    } else {
      return currency;
    }
    return null;
  }

  private static PaymentTerms paymentTerms(CompanyForm.Terms terms, List<FieldError> errors) {
    if (terms == null || terms.type() == null) {
      errors.add(new FieldError("paymentTerms.type", "payment terms are required: NET (with days), DUE_ON_RECEIPT "
          + "or END_OF_MONTH (with days)"));
      return null;
    }
    PaymentTerms.Type type;
    try {
      type = PaymentTerms.Type.valueOf(terms.type());
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError("paymentTerms.type", "payment terms type must be NET, DUE_ON_RECEIPT or END_OF_MONTH"));
      return null;
    }
    int days = terms.days() == null ? 0 : terms.days();
    var problem = PaymentTerms.problemWith(type, days);
    if (problem.isPresent()) {
      errors.add(new FieldError("paymentTerms.days", "days " + problem.get()));
      return null;
    }
    return new PaymentTerms(type, days);
  }

  private static PoNumberPolicy poNumberRule(CompanyForm.PoNumberRule rule, List<FieldError> errors) {
    if (rule == null) {
      return PoNumberPolicy.optional();
    }
    String pattern = text("poNumber.pattern", rule.pattern(), 200, false, errors);
    String example = text("poNumber.example", rule.example(), 64, false, errors);
    if (pattern != null) {
      try {
        Pattern compiled = Pattern.compile(pattern, Boolean.TRUE.equals(rule.ignoreCase())
            ? Pattern.CASE_INSENSITIVE : 0);
        if (example != null && !compiled.matcher(example).matches()) {
          errors.add(new FieldError("poNumber.example", "the example " + example + " does not match the pattern "
              + pattern));
        }
      } catch (PatternSyntaxException e) {
        errors.add(new FieldError("poNumber.pattern", "the pattern is not a valid regular expression: "
            + e.getDescription() + " near index " + e.getIndex()));
      }
    }
    return new PoNumberPolicy(Boolean.TRUE.equals(rule.required()), pattern, example,
        Boolean.TRUE.equals(rule.ignoreCase()));
  }

  private static BigDecimal creditLimit(BigDecimal limit, String currency, List<FieldError> errors) {
    if (limit == null) {
      errors.add(new FieldError("creditLimit", "creditLimit is required (0 for none), in the company's currency"));
      return null;
    }
    if (limit.signum() < 0) {
      errors.add(new FieldError("creditLimit", "creditLimit must not be negative"));
    } else if (limit.compareTo(MAX_CREDIT_LIMIT) > 0) {
      errors.add(new FieldError("creditLimit", "creditLimit must be at most " + MAX_CREDIT_LIMIT.toPlainString()));
    } else if (currency != null && limit.stripTrailingZeros().scale()
        > Currency.getInstance(currency).getDefaultFractionDigits()) {
      errors.add(new FieldError("creditLimit", "creditLimit has more decimals than " + currency + " has"));
    }
    return limit.scale() <= 2 ? limit.setScale(2) : limit;
  }

  private static int number(String field, Integer value, int fallback, int least, int most, List<FieldError> errors) {
    int number = value == null ? fallback : value;
    if (number < least || number > most) {
      errors.add(new FieldError(field, field + " must be between " + least + " and " + most));
    }
    return number;
  }

  private String salesRep(String userId, List<FieldError> errors) {
    if (userId == null || userId.isBlank()) {
      errors.add(new FieldError("salesRep", "salesRep is required: the user id of the seller's sales rep for the "
          + "company"));
      return null;
    }
    if (!staff.isStaff(userId)) {
      errors.add(new FieldError("salesRep", "salesRep " + (userId.length() > 64 ? userId.substring(0, 64) + "…"
          : userId) + " is not one of the seller's staff; add them under Staff first"));
    }
    return userId;
  }

  static Address address(String field, Address address, List<FieldError> errors) {
    if (address == null) {
      return null;
    }
    String name = text(field + ".name", address.name(), 200, true, errors);
    String street = text(field + ".street", address.street(), 200, true, errors);
    String city = text(field + ".city", address.city(), 100, true, errors);
    String postalCode = text(field + ".postalCode", address.postalCode(), 20, true, errors);
    String region = text(field + ".region", address.region(), 64, false, errors);
    String country = address.country() == null ? null : address.country().strip().toUpperCase(Locale.ROOT);
    if (country == null || !COUNTRIES.contains(country)) {
      errors.add(new FieldError(field + ".country", "country must be an ISO 3166 code such as US or DE"));
    }
    return new Address(name, street, city, postalCode, region, country);
  }

  private static TaxExemption exemption(CompanyForm.Exemption exemption, List<FieldError> errors) {
    if (exemption == null || (exemption.certificate() == null && exemption.expiresOn() == null)) {
      return null;
    }
    String certificate = text("taxExemption.certificate", exemption.certificate(), 64, true, errors);
    if (exemption.expiresOn() == null) {
      errors.add(new FieldError("taxExemption.expiresOn", "a tax-exemption certificate needs its expiry date"));
    }
    return new TaxExemption(certificate, exemption.expiresOn());
  }
}
