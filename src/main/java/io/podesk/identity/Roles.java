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
  /** The buy side (issue 15): purchasers review suggestions and approve buy orders under their limit. */
  public static final String PURCHASER = "PURCHASER";
  /** The buy side: receivers record goods receipts. */
  public static final String RECEIVER = "RECEIVER";
  /** The buy side: accounts payable resolves supplier-invoice match exceptions. */
  public static final String ACCOUNTS_PAYABLE = "ACCOUNTS_PAYABLE";

  /** Group id in the user store → role. */
  public static final Map<String, String> BY_GROUP = Map.ofEntries(
      Map.entry("buyers", BUYER),
      Map.entry("companyapprovers", COMPANY_APPROVER),
      Map.entry("companyadmins", COMPANY_ADMIN),
      Map.entry("salesreps", SALES_REP),
      Map.entry("salesmanagers", SALES_MANAGER),
      Map.entry("finance", FINANCE),
      Map.entry("creditcontrol", CREDIT_CONTROL),
      Map.entry("directors", DIRECTOR),
      Map.entry("analysts", ANALYST),
      Map.entry("camunda-admin", ADMIN),
      Map.entry("purchasing", PURCHASER),
      Map.entry("warehouse", RECEIVER),
      Map.entry("accountspayable", ACCOUNTS_PAYABLE));

  /**
   * Roles of the seller's staff, who see every company's orders. The buy side's roles are not among them: they see
   * suppliers' orders, not customers'.
   */
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
