package io.podesk.identity;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The roles of PO Desk and the user-store groups that grant them. */
public final class Roles {

  public static final String BUYER = "BUYER";
  public static final String COMPANY_APPROVER = "COMPANY_APPROVER";
  /** A customer's own admin: manages their company's people in the portal. */
  public static final String COMPANY_ADMIN = "COMPANY_ADMIN";
  public static final String SALES_REP = "SALES_REP";
  public static final String SALES_MANAGER = "SALES_MANAGER";
  public static final String FINANCE = "FINANCE";
  public static final String CREDIT_CONTROL = "CREDIT_CONTROL";
  public static final String DIRECTOR = "DIRECTOR";
  /** Process analysts: deploy BPMN, DMN and forms through the engine REST API, as Camunda Modeler does. */
  public static final String ANALYST = "ANALYST";
  public static final String ADMIN = "ADMIN";

  /** Group id in the user store → role. */
  public static final Map<String, String> BY_GROUP = Map.of(
      "buyers", BUYER,
      "companyapprovers", COMPANY_APPROVER,
      "companyadmins", COMPANY_ADMIN,
      "salesreps", SALES_REP,
      "salesmanagers", SALES_MANAGER,
      "finance", FINANCE,
      "creditcontrol", CREDIT_CONTROL,
      "directors", DIRECTOR,
      "analysts", ANALYST,
      "camunda-admin", ADMIN);

  /** Roles of the seller's staff, who see every company's orders. */
  public static final Set<String> STAFF = Set.of(SALES_REP, SALES_MANAGER, FINANCE, CREDIT_CONTROL, DIRECTOR, ADMIN);

  private Roles() {}

  public static Set<GrantedAuthority> authoritiesOf(Collection<String> groupIds) {
    return groupIds.stream()
        .map(BY_GROUP::get)
        .filter(Objects::nonNull)
        .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
        .collect(Collectors.toSet());
  }

  public static boolean isStaff(Authentication authentication) {
    return authentication.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .anyMatch(authority -> authority.startsWith("ROLE_") && STAFF.contains(authority.substring(5)));
  }
}
