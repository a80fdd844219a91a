package io.podesk.customers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.podesk.audit.AuditSubject;
import io.podesk.audit.AuditTrail;
import io.podesk.audit.AuditType;
import io.podesk.shared.Actor;
import io.podesk.shared.FieldError;
import io.podesk.shared.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The seller's own company profile: set by the admin, audited, printed on every invoice. */
@Service
public class SellerProfiles {

  private static final Pattern TAX_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ./-]{1,63}");

  private final SellerProfileRows rows;
  private final AuditTrail audit;
  private final ObjectMapper json;
  private final Clock clock;

  SellerProfiles(SellerProfileRows rows, AuditTrail audit, ObjectMapper json, Clock clock) {
    this.rows = rows;
    this.audit = audit;
    this.json = json;
    this.clock = clock;
  }

  /** The profile; empty until the admin sets it up. */
  @Transactional(readOnly = true)
  public Optional<SellerProfile> current() {
    return rows.findById(SellerProfileRow.ID).map(SellerProfileRow::profile);
  }

  /** Sets the profile, checked field by field; unchanged, nothing is stored or audited. */
  @Transactional
  public SellerProfile update(SellerProfile form, Actor actor) {
    SellerProfile profile = checked(form);
    Optional<SellerProfileRow> existing = rows.findById(SellerProfileRow.ID);
    SellerProfile before = existing.map(SellerProfileRow::profile).orElse(null);
    if (profile.equals(before)) {
      return profile;
    }
    SellerProfileRow row = existing.orElseGet(() -> new SellerProfileRow(profile, actor.name(), Instant.now(clock)));
    row.restate(profile, actor.name(), Instant.now(clock));
    rows.saveAndFlush(row);
    audit.recordChange(AuditSubject.seller(), actor, before == null ? AuditType.CREATED : AuditType.CHANGED,
        "Seller profile of " + profile.name() + (before == null ? " set up" : " changed"), json(before),
        json(profile));
    return profile;
  }

  private static SellerProfile checked(SellerProfile form) {
    if (form == null) {
      throw new InvalidInputException("body", "the request body must be the seller's profile in JSON");
    }
    List<FieldError> errors = new ArrayList<>();
    Address address = form.address() == null ? null : CompanyRules.address("address", form.address(), errors);
    if (form.address() == null) {
      errors.add(new FieldError("address", "address is required: the seller's legal name and postal address"));
    }
    String taxId = CompanyRules.text("taxId", form.taxId(), 64, false, errors);
    if (taxId != null && !TAX_ID.matcher(taxId).matches()) {
      errors.add(new FieldError("taxId", "taxId must be a tax registration number such as DE123456789"));
    }
    String email = form.email() == null || form.email().isBlank() ? null
        : form.email().strip().toLowerCase(Locale.ROOT);
    if (email != null && (email.length() > 254 || !CompanyPeople.EMAIL.matcher(email).matches())) {
      errors.add(new FieldError("email", "email must be a mail address such as billing@example.com"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The seller profile has " + errors.size() + " problem(s)", errors);
    }
    return new SellerProfile(address, taxId, email);
  }

  private String json(SellerProfile profile) {
    try {
      return profile == null ? null : json.writeValueAsString(profile);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The seller profile could not be written as JSON", e);
    }
  }
}
