package io.podesk.customers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.podesk.audit.AuditSubject;
import io.podesk.audit.AuditTrail;
import io.podesk.audit.AuditType;
import io.podesk.audit.MasterDataChange;
import io.podesk.shared.Actor;
import io.podesk.shared.ConflictException;
import io.podesk.shared.NotFoundException;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A seller's admins manage customer companies: create, change, deactivate, reactivate, and remove one that has never
 * been used. Every change is in the audit trail with the company before and after it.
 */
@Service
public class CompanyAdministration {

  /** How many changes of a company the admin pages and API show. */
  static final int HISTORY = 200;

  private final Customers customers;
  private final CompanyUsers people;
  private final CompanyRules rules;
  private final AuditTrail audit;
  private final ObjectMapper json;

  CompanyAdministration(Customers customers, CompanyUsers people, CompanyRules rules, AuditTrail audit,
      ObjectMapper json) {
    this.customers = customers;
    this.people = people;
    this.rules = rules;
    this.audit = audit;
    this.json = json;
  }

  @Transactional
  public CompanyProfile create(CompanyForm form, Actor actor) {
    CompanyProfile profile = rules.profileOf(form == null ? null : form.code(), form, true);
    if (customers.existsById(profile.code())) {
      throw new ConflictException("A company with code " + profile.code() + " exists already");
    }
    try {
      customers.saveAndFlush(new Customer(profile));
    } catch (DataIntegrityViolationException e) {
      throw new ConflictException("A company with code " + profile.code() + " exists already");
    }
    audit.recordChange(AuditSubject.company(profile.code()), actor, AuditType.CREATED,
        "Company " + profile.terms().name() + " created", null, stateOf(profile));
    return profile;
  }

  /** Replaces the company's profile; its orders keep the terms and PO-number rule they were submitted under. */
  @Transactional
  public CompanyProfile update(String code, CompanyForm form, Actor actor) {
    Customer customer = existing(code);
    CompanyProfile before = customer.profile();
    CompanyProfile after = rules.profileOf(code, form, before.terms().active());
    if (after.equals(before)) {
      return before;
    }
    customer.update(after);
    customers.saveAndFlush(customer);
    audit.recordChange(AuditSubject.company(code), actor, AuditType.CHANGED,
        "Company " + after.terms().name() + " changed", stateOf(before), stateOf(after));
    return customer.profile();
  }

  /** Its buyers submit no new orders; orders under way go on. */
  @Transactional
  public CompanyProfile deactivate(String code, Actor actor) {
    return setActive(code, false, actor);
  }

  @Transactional
  public CompanyProfile reactivate(String code, Actor actor) {
    return setActive(code, true, actor);
  }

  /**
   * Removes a company that has neither orders nor people: one created by mistake. A company with history is
   * deactivated instead, so its orders, invoices and audit trail keep their company.
   */
  @Transactional
  public void delete(String code, Actor actor) {
    Customer customer = existing(code);
    CompanyProfile before = customer.profile();
    long persons = people.countByCustomerId(code);
    if (persons > 0) {
      throw new ConflictException("Company " + code + " has " + persons + " people; deactivate it instead");
    }
    try {
      customers.delete(customer);
      customers.flush();
    } catch (DataIntegrityViolationException e) {
      throw new ConflictException("Company " + code + " has purchase orders; deactivate it instead");
    }
    audit.recordChange(AuditSubject.company(code), actor, AuditType.DELETED,
        "Company " + before.terms().name() + " removed", stateOf(before), null);
  }

  @Transactional(readOnly = true)
  public CompanyProfile find(String code) {
    return existing(code).profile();
  }

  @Transactional(readOnly = true)
  public List<CompanyProfile> all() {
    return customers.findAll().stream().map(Customer::profile)
        .sorted(Comparator.comparing(CompanyProfile::code)).toList();
  }

  /** The company's changes, newest first. */
  @Transactional(readOnly = true)
  public List<MasterDataChange> history(String code) {
    existing(code);
    return audit.changesOf(AuditSubject.company(code), HISTORY);
  }

  private CompanyProfile setActive(String code, boolean active, Actor actor) {
    Customer customer = existing(code);
    CompanyProfile before = customer.profile();
    if (before.terms().active() == active) {
      return before;
    }
    customer.setActive(active);
    customers.saveAndFlush(customer);
    CompanyProfile after = customer.profile();
    audit.recordChange(AuditSubject.company(code), actor, active ? AuditType.REACTIVATED : AuditType.DEACTIVATED,
        "Company " + after.terms().name() + (active ? " reactivated" : " deactivated"), stateOf(before),
        stateOf(after));
    return after;
  }

  private Customer existing(String code) {
    return customers.findById(Objects.requireNonNullElse(code, ""))
        .orElseThrow(() -> new NotFoundException("No company with code " + code));
  }

  private String stateOf(CompanyProfile profile) {
    try {
      return json.writeValueAsString(CompanyForm.of(profile));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A company profile could not be written as JSON", e);
    }
  }
}
