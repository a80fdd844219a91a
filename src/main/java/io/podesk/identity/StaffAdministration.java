package io.podesk.identity;

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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The seller's staff in the one user store that PO Desk and Camunda's web applications share: added with their
 * groups and invited by mail to set a password, regrouped, every change audited.
 */
@Service
public class StaffAdministration {

  /** The groups a staff member may be given, and what each is for. */
  public static final List<String> GROUPS =
      List.of("salesreps", "salesmanagers", "finance", "creditcontrol", "directors", "analysts", "camunda-admin",
          "purchasing", "warehouse", "accountspayable");
  static final Pattern USERNAME = Pattern.compile("[a-z0-9]{2,64}");
  static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

  private final UserAccounts accounts;
  private final Invitations invitations;
  private final AuditTrail audit;
  private final ObjectMapper json;
  private final ApplicationEventPublisher events;

  StaffAdministration(UserAccounts accounts, Invitations invitations, AuditTrail audit, ObjectMapper json,
      ApplicationEventPublisher events) {
    this.events = events;
    this.accounts = accounts;
    this.invitations = invitations;
    this.audit = audit;
    this.json = json;
  }

  @Transactional
  public StaffForm invite(StaffForm form, Actor actor) {
    StaffForm staff = checked(form);
    if (accounts.exists(staff.username())) {
      throw new ConflictException("User name " + staff.username() + " is taken; choose another");
    }
    String[] names = staff.name().split(" ", 2);
    accounts.create(new UserAccounts.NewAccount(staff.username(), names[0], names.length > 1 ? names[1] : "",
        staff.email(), staff.groups()));
    audit.recordChange(AuditSubject.person(staff.username()), actor, AuditType.CREATED,
        staff.name() + " added to the staff in " + String.join(", ", staff.groups()), null, json(staff));
    invitations.invite(new Invitations.Invitation(staff.username(), staff.name(), staff.email(),
        "the seller's staff (" + String.join(", ", staff.groups()) + ")", actor));
    return staff;
  }

  /** Puts a staff member in exactly these groups. */
  @Transactional
  public List<String> regroup(String username, List<String> groups, Actor actor) {
    if (username == null || !accounts.exists(username)) {
      throw new NotFoundException("No user " + username);
    }
    List<String> before = accounts.groupsOf(username);
    if (before.stream().noneMatch(GROUPS::contains)) {
      throw new NotFoundException(username + " is not one of the seller's staff");
    }
    List<FieldError> errors = new ArrayList<>();
    List<String> after = groupsOf(groups, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors.get(0).message(), errors);
    }
    if (username.equals(actor.name()) && before.contains("camunda-admin") && !after.contains("camunda-admin")) {
      throw new InvalidInputException("groups", "you cannot take your own admin rights away; another admin can");
    }
    List<String> kept = new ArrayList<>(before.stream().filter(group -> !GROUPS.contains(group)).toList());
    kept.addAll(after);
    accounts.setGroups(username, kept);
    audit.recordChange(AuditSubject.person(username), actor, AuditType.CHANGED,
        username + "'s groups: " + before + " → " + after, json(before), json(after));
    return after;
  }

  /**
   * Ends a staff member's access: their login is closed (no password, no groups) and their invitations withdrawn; the
   * other modules hear of it ({@link PersonDeactivated}): sessions end, mail links stop working, their claimed tasks go
   * back to their groups. Their decisions stay on record.
   */
  @Transactional
  public void deactivate(String username, Actor actor) {
    if (username == null || !accounts.exists(username)) {
      throw new NotFoundException("No user " + username);
    }
    List<String> before = accounts.groupsOf(username);
    if (before.stream().noneMatch(GROUPS::contains)) {
      throw new NotFoundException(username + " is not one of the seller's staff");
    }
    if (username.equals(actor.name())) {
      throw new ConflictException("You cannot deactivate yourself; another admin can");
    }
    accounts.close(username);
    invitations.revokeAll(username);
    audit.recordChange(AuditSubject.person(username), actor, AuditType.DEACTIVATED,
        username + " deactivated (was in " + String.join(", ", before) + ")", json(before), null);
    events.publishEvent(new PersonDeactivated(username, actor));
  }

  private static StaffForm checked(StaffForm form) {
    if (form == null) {
      throw new InvalidInputException("body", "the request body must be a staff member in JSON");
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
    List<String> groups = groupsOf(form.groups(), errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The staff member has " + errors.size() + " problem(s)", errors);
    }
    return new StaffForm(form.username(), name, email, groups);
  }

  private static List<String> groupsOf(List<String> given, List<FieldError> errors) {
    Set<String> groups = new LinkedHashSet<>(given == null ? List.of() : given);
    if (groups.isEmpty()) {
      errors.add(new FieldError("groups", "a staff member needs at least one group: one of " + GROUPS));
    }
    for (String group : groups) {
      if (!GROUPS.contains(group)) {
        errors.add(new FieldError("groups", "unknown staff group '" + group + "'; use " + GROUPS));
      }
    }
    return List.copyOf(groups);
  }

  private String json(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Could not write JSON", e);
    }
  }
}
