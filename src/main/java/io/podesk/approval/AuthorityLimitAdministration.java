package io.podesk.approval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.podesk.audit.AuditSubject;
import io.podesk.audit.AuditTrail;
import io.podesk.audit.AuditType;
import io.podesk.audit.MasterDataChange;
import io.podesk.shared.Actor;
import io.podesk.shared.BaseCurrency;
import io.podesk.shared.InvalidInputException;
import io.podesk.shared.Money;
import io.podesk.shared.NotFoundException;
import io.podesk.shared.StaffDirectory;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff's authority limits, per person or per staff group, in the base currency: set by the seller's admins,
 * each change audited with the limit before and after. A person's own limit comes first; without one, the highest
 * limit of their groups applies; without either they have no authority to approve.
 */
@Service
public class AuthorityLimitAdministration {

  static final BigDecimal MAX_LIMIT = new BigDecimal("1000000000000");
  private static final int HISTORY = 200;

  private final AuthorityLimits people;
  private final GroupAuthorityLimits groups;
  private final StaffDirectory staff;
  private final BaseCurrency baseCurrency;
  private final AuditTrail audit;
  private final ObjectMapper json;

  AuthorityLimitAdministration(AuthorityLimits people, GroupAuthorityLimits groups, StaffDirectory staff,
      BaseCurrency baseCurrency, AuditTrail audit, ObjectMapper json) {
    this.people = people;
    this.groups = groups;
    this.staff = staff;
    this.baseCurrency = baseCurrency;
    this.audit = audit;
    this.json = json;
  }

  /** The limit that applies to the person: their own, else their groups' highest; empty when they have none. */
  @Transactional(readOnly = true)
  public Optional<Money> limitOf(String userId) {
    Optional<Money> own = people.findById(userId).map(AuthorityLimit::limit);
    if (own.isPresent()) {
      return own;
    }
    return groups.findAllById(staff.groupsOf(userId)).stream().map(GroupAuthorityLimit::limit)
        .filter(limit -> limit.currencyCode().equals(baseCurrency.base()))
        .max(Comparator.comparing(Money::amount));
  }

  @Transactional
  public AuthorityLimitView setForPerson(String userId, BigDecimal amount, Actor actor) {
    if (!staff.isStaff(userId)) {
      throw new NotFoundException(userId + " is not one of the seller's staff; add them under Staff first");
    }
    BigDecimal checked = checked(amount);
    Optional<AuthorityLimit> existing = people.findById(userId);
    AuthorityLimitView before = existing.map(limit -> view(limit.userId(), null, limit.limit())).orElse(null);
    AuthorityLimit limit = existing.orElseGet(() -> new AuthorityLimit(userId, checked, baseCurrency.base()));
    limit.restate(checked, baseCurrency.base());
    people.saveAndFlush(limit);
    AuthorityLimitView after = view(userId, null, limit.limit());
    audited(AuditSubject.authorityLimit(userId), actor, before, after);
    return after;
  }

  @Transactional
  public AuthorityLimitView setForGroup(String group, BigDecimal amount, Actor actor) {
    if (!StaffGroups.APPROVING.contains(group)) {
      throw new InvalidInputException("group", "authority limits are for the staff groups " + StaffGroups.APPROVING);
    }
    BigDecimal checked = checked(amount);
    Optional<GroupAuthorityLimit> existing = groups.findById(group);
    AuthorityLimitView before = existing.map(limit -> view(null, group, limit.limit())).orElse(null);
    GroupAuthorityLimit limit = existing.orElseGet(() -> new GroupAuthorityLimit(group, checked, baseCurrency.base()));
    limit.restate(checked, baseCurrency.base());
    groups.saveAndFlush(limit);
    AuthorityLimitView after = view(null, group, limit.limit());
    audited(AuditSubject.authorityLimit("group:" + group), actor, before, after);
    return after;
  }

  /** Every limit set, people first, each by name. */
  @Transactional(readOnly = true)
  public List<AuthorityLimitView> all() {
    return Stream.concat(
        people.findAll().stream().sorted(Comparator.comparing(AuthorityLimit::userId))
            .map(limit -> view(limit.userId(), null, limit.limit())),
        groups.findAll().stream().sorted(Comparator.comparing(GroupAuthorityLimit::groupId))
            .map(limit -> view(null, limit.groupId(), limit.limit()))).toList();
  }

  /** Who changed a person's limit, when, from what to what; newest first. */
  @Transactional(readOnly = true)
  public List<MasterDataChange> historyOf(String userId) {
    return audit.changesOf(AuditSubject.authorityLimit(userId), HISTORY);
  }

  static BigDecimal checked(BigDecimal amount) {
    if (amount == null) {
      throw new InvalidInputException("limit", "limit is required: an amount in the base currency, such as 25000");
    }
    if (amount.signum() < 0 || amount.compareTo(MAX_LIMIT) > 0) {
      throw new InvalidInputException("limit", "limit must be between 0 and " + MAX_LIMIT.toPlainString());
    }
    if (amount.stripTrailingZeros().scale() > 2) {
      throw new InvalidInputException("limit", "limit has at most two decimals");
    }
    return amount.setScale(2);
  }

  private void audited(AuditSubject subject, Actor actor, AuthorityLimitView before, AuthorityLimitView after) {
    String whose = after.userId() != null ? after.userId() : "group " + after.group();
    audit.recordChange(subject, actor, before == null ? AuditType.CREATED : AuditType.CHANGED,
        "Authority limit of " + whose + ": " + (before == null ? "none" : before.limit().toPlainString()) + " → "
            + after.limit().toPlainString() + " " + after.currency(), json(before), json(after));
  }

  private static AuthorityLimitView view(String userId, String group, Money limit) {
    return new AuthorityLimitView(userId, group, limit.amount(), limit.currencyCode());
  }

  private String json(AuthorityLimitView view) {
    try {
      return view == null ? null : json.writeValueAsString(view);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Could not write JSON", e);
    }
  }
}
