package io.podesk.customers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.podesk.audit.AuditSubject;
import io.podesk.audit.AuditTrail;
import io.podesk.audit.AuditType;
import io.podesk.shared.Actor;
import io.podesk.shared.ConflictException;
import io.podesk.shared.FieldError;
import io.podesk.shared.InvalidInputException;
import io.podesk.shared.Invitations;
import io.podesk.shared.NotFoundException;
import io.podesk.shared.PersonDeactivated;
import io.podesk.shared.UserAccounts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A company's people, added by the seller's admins (and, in the portal, by the company's own admins): each gets a
 * login and an invitation by mail to set its password; each change is audited.
 */
@Service
public class CompanyPeople {

  /** Lower-case letters and digits: the user store's ids allow nothing else. */
  static final Pattern USERNAME = Pattern.compile("[a-z0-9]{2,64}");
  static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
  static final BigDecimal MAX_SPEND_LIMIT = new BigDecimal("1000000000000");

  private final Customers customers;
  private final CompanyUsers people;
  private final UserAccounts accounts;
  private final Invitations invitations;
  private final AuditTrail audit;
  private final ObjectMapper json;
  private final ApplicationEventPublisher events;

  CompanyPeople(Customers customers, CompanyUsers people, UserAccounts accounts, Invitations invitations,
      AuditTrail audit, ObjectMapper json, ApplicationEventPublisher events) {
    this.events = events;
    this.customers = customers;
    this.people = people;
    this.accounts = accounts;
    this.invitations = invitations;
    this.audit = audit;
    this.json = json;
  }

  /**
   * Adds a person to the company with a login and mails them an invitation to set its password.
   *
   * @throws ConflictException when the user name is taken, at this company, another one or the seller's staff
   */
  @Transactional
  public CompanyPerson invite(String companyCode, PersonForm form, Actor actor) {
    Customer company = customers.findById(companyCode == null ? "" : companyCode)
        .orElseThrow(() -> new NotFoundException("No company with code " + companyCode));
    CompanyPerson person = personOf(company.code(), form);
    people.findById(person.userId()).ifPresent(existing -> {
      throw new ConflictException("User name " + person.userId() + " is taken"
          + (existing.person().companyId().equals(company.code()) ? " at " + company.terms().name()
              : " by a person of another company") + "; choose another");
    });
    if (accounts.exists(person.userId())) {
      throw new ConflictException("User name " + person.userId() + " is taken; choose another");
    }
    people.saveAndFlush(new CompanyUser(person));
    String[] names = person.displayName().split(" ", 2);
    accounts.create(new UserAccounts.NewAccount(person.userId(), names[0], names.length > 1 ? names[1] : "",
        person.email(), person.role().groupsAt(company.code())));
    audit.recordChange(AuditSubject.person(person.userId()), actor, AuditType.CREATED,
        person.displayName() + " added to " + company.terms().name() + " as " + roleName(person.role()), null,
        stateOf(person));
    invitations.invite(new Invitations.Invitation(person.userId(), person.displayName(), person.email(),
        company.terms().name() + " as " + roleName(person.role()), actor));
    return person;
  }

  /**
   * Changes a person's name, email, role or spend limit; a new role changes their groups. Unchanged, nothing is
   * stored or audited.
   */
  @Transactional
  public CompanyPerson update(String companyCode, String userId, PersonForm form, Actor actor) {
    CompanyUser user = people.findById(userId == null ? "" : userId)
        .filter(found -> found.person().companyId().equals(companyCode))
        .orElseThrow(() -> new NotFoundException("No person " + userId + " at company " + companyCode));
    if (!user.active()) {
      throw new ConflictException(userId + " is deactivated; invite them again under a new user name");
    }
    if (form != null && form.username() != null && !form.username().equals(userId)) {
      throw new InvalidInputException("username", "a user name cannot change; it is " + userId);
    }
    CompanyPerson before = user.person();
    CompanyPerson after = personOf(companyCode, form == null ? null : new PersonForm(userId, form.name(),
        form.email(), form.role(), form.spendLimit(), form.company()));
    if (after.equals(before)) {
      return before;
    }
    user.restate(after);
    people.saveAndFlush(user);
    if (after.role() != before.role() && accounts.exists(userId)) {
      accounts.setGroups(userId, after.role().groupsAt(companyCode));
    }
    audit.recordChange(AuditSubject.person(userId), actor, AuditType.CHANGED,
        after.displayName() + " of " + companyCode + " changed", stateOf(before), stateOf(after));
    return after;
  }

  /** Whether the person is active (not deactivated); empty for someone who is not a company's person. */
  @Transactional(readOnly = true)
  public Optional<Boolean> active(String userId) {
    return people.findById(userId == null ? "" : userId).map(CompanyUser::active);
  }

  /** The user names of the company's deactivated people. */
  @Transactional(readOnly = true)
  public Set<String> deactivatedOf(String companyCode) {
    return people.findByCustomerId(companyCode).stream().filter(user -> !user.active())
        .map(user -> user.person().userId()).collect(Collectors.toSet());
  }

  /** Every company's people, by company and user name, deactivated ones included. */
  @Transactional(readOnly = true)
  public List<CompanyPerson> all() {
    return people.findAll().stream().map(CompanyUser::person)
        .sorted(Comparator.comparing(CompanyPerson::companyId).thenComparing(CompanyPerson::userId)).toList();
  }

  /**
   * Ends a person's access: their login is closed (no password, no groups), unused invitations are withdrawn, and
   * the other modules hear of it ({@link PersonDeactivated}): their sessions end, their mail links stop working and
   * their open approval tasks go back to the company's other approvers. They stay on record for their orders.
   */
  @Transactional
  public CompanyPerson deactivate(String companyCode, String userId, Actor actor) {
    CompanyUser user = people.findById(userId == null ? "" : userId)
        .filter(found -> found.person().companyId().equals(companyCode))
        .orElseThrow(() -> new NotFoundException("No person " + userId + " at company " + companyCode));
    CompanyPerson person = user.person();
    if (!user.active()) {
      return person;
    }
    if (actor.name().equals(userId)) {
      throw new ConflictException("You cannot deactivate yourself; another admin can");
    }
    user.deactivate();
    people.saveAndFlush(user);
    if (accounts.exists(userId)) {
      accounts.close(userId);
    }
    invitations.revokeAll(userId);
    audit.recordChange(AuditSubject.person(userId), actor, AuditType.DEACTIVATED,
        person.displayName() + " of " + companyCode + " deactivated", stateOf(person), null);
    events.publishEvent(new PersonDeactivated(userId, actor));
    return person;
  }

  /** The company's people, by user name. */
  @Transactional(readOnly = true)
  public List<CompanyPerson> of(String companyCode) {
    if (!customers.existsById(companyCode)) {
      throw new NotFoundException("No company with code " + companyCode);
    }
    return people.findByCustomerId(companyCode).stream().map(CompanyUser::person)
        .sorted(Comparator.comparing(CompanyPerson::userId)).toList();
  }

  static CompanyPerson personOf(String companyCode, PersonForm form) {
    if (form == null) {
      throw new InvalidInputException("body", "the request body must be a person in JSON");
    }
    List<FieldError> errors = new ArrayList<>();
    if (form.username() == null || !USERNAME.matcher(form.username()).matches()) {
      errors.add(new FieldError("username", "username is required: 2 to 64 lower-case letters and digits"));
    }
    String name = form.name() == null ? "" : form.name().strip();
    if (name.isEmpty() || name.length() > 200 || name.codePoints().anyMatch(Character::isISOControl)) {
      errors.add(new FieldError("name", "name is required, at most 200 characters on one line"));
    }
    String email = form.email() == null ? "" : form.email().strip().toLowerCase(Locale.ROOT);
    if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
      errors.add(new FieldError("email", "email must be a mail address such as ann@example.com"));
    }
    if (form.company() != null && !form.company().equals(companyCode)) {
      errors.add(new FieldError("company", "a person is added to the company of the address ("
          + companyCode + ")"));
    }
    CompanyRole role = null;
    try {
      role = form.role() == null ? null : CompanyRole.valueOf(form.role());
    } catch (IllegalArgumentException e) {
      // reported below
    }
    if (role == null) {
      errors.add(new FieldError("role", "role must be BUYER, APPROVER or COMPANY_ADMIN"));
    }
    BigDecimal limit = form.spendLimit();
    if (limit != null && role != null && role != CompanyRole.BUYER) {
      errors.add(new FieldError("spendLimit", "only buyers have a spend limit"));
    } else if (limit != null && (limit.signum() < 0 || limit.compareTo(MAX_SPEND_LIMIT) > 0)) {
      errors.add(new FieldError("spendLimit", "spendLimit must be between 0 and "
          + MAX_SPEND_LIMIT.toPlainString()));
    } else if (limit != null && limit.stripTrailingZeros().scale() > 2) {
      errors.add(new FieldError("spendLimit", "spendLimit has at most two decimals"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The person has " + errors.size() + " problem(s)", errors);
    }
    return new CompanyPerson(form.username(), companyCode, role, name, email,
        limit == null ? null : limit.setScale(2));
  }

  private static String roleName(CompanyRole role) {
    return switch (role) {
      case BUYER -> "a buyer";
      case APPROVER -> "an approver";
      case COMPANY_ADMIN -> "a company admin";
    };
  }

  private String stateOf(CompanyPerson person) {
    try {
      return json.writeValueAsString(PersonForm.of(person));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A person could not be written as JSON", e);
    }
  }
}
