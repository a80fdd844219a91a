package io.podesk.workflow.engine;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import io.podesk.customers.CustomerDirectory;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The groups of PO Desk and what each may do in the engine, with authorizations on. Staff groups get Tasklist
 * and read access to definitions and task filters; a task itself becomes visible and workable for a group only
 * when the process names it a candidate group. Buyers and company approvers get no engine access beyond the
 * tasks that name their company's approver group ({@code <company>approvers}).
 * Idempotent, so every node may run it at start-up.
 */
@Component
class EngineAuthorizations {

  private static final Logger log = LoggerFactory.getLogger(EngineAuthorizations.class);

  static final List<String> STAFF_GROUPS =
      List.of("salesreps", "salesmanagers", "finance", "creditcontrol", "directors");
  static final List<String> CUSTOMER_GROUPS = List.of("buyers", "companyapprovers", "companyadmins");
  /** The buy side's staff (issue 15): groups of their own, no access to customers' orders or the engine yet. */
  static final List<String> BUY_SIDE_GROUPS = List.of("purchasing", "warehouse", "accountspayable");
  /** Process analysts deploy models (through the engine REST API, as Camunda Modeler does) and read them. */
  static final String ANALYSTS = "analysts";

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final CustomerDirectory customers;

  EngineAuthorizations(IdentityService identity, AuthorizationService authorizations, CustomerDirectory customers) {
    this.identity = identity;
    this.authorizations = authorizations;
    this.customers = customers;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(10)
  public void ensure() {
    STAFF_GROUPS.forEach(group -> ensureGroup(group, Groups.GROUP_TYPE_WORKFLOW));
    CUSTOMER_GROUPS.forEach(group -> ensureGroup(group, "CUSTOMER"));
    ensureGroup(ANALYSTS, Groups.GROUP_TYPE_WORKFLOW);
    BUY_SIDE_GROUPS.forEach(group -> ensureGroup(group, Groups.GROUP_TYPE_WORKFLOW));
    customers.all().forEach(customer -> ensureGroup(customer.approverGroup(), "CUSTOMER"));
    grant(ANALYSTS, Resources.DEPLOYMENT, "*", Permissions.CREATE, Permissions.READ);
    grant(ANALYSTS, Resources.PROCESS_DEFINITION, "*", Permissions.READ);
    grant(ANALYSTS, Resources.DECISION_DEFINITION, "*", Permissions.READ);
    grant(ANALYSTS, Resources.DECISION_REQUIREMENTS_DEFINITION, "*", Permissions.READ);
    for (String group : STAFF_GROUPS) {
      grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      grant(group, Resources.FILTER, "*", Permissions.READ);
      grant(group, Resources.PROCESS_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY);
      grant(group, Resources.DECISION_DEFINITION, "*", Permissions.READ);
      grant(group, Resources.DEPLOYMENT, "*", Permissions.READ);
    }
  }

  /** The type a group gets when it is created: staff and analysts work in the engine, everyone else is a customer. */
  static String typeOf(String group) {
    return STAFF_GROUPS.contains(group) || BUY_SIDE_GROUPS.contains(group) || ANALYSTS.equals(group)
        || Groups.CAMUNDA_ADMIN.equals(group)
        ? Groups.GROUP_TYPE_WORKFLOW : "CUSTOMER";
  }

  void ensureGroup(String id, String type) {
    if (identity.createGroupQuery().groupId(id).count() > 0) {
      return;
    }
    try {
      Group group = identity.newGroup(id);
      group.setName(Character.toUpperCase(id.charAt(0)) + id.substring(1));
      group.setType(type);
      identity.saveGroup(group);
    } catch (RuntimeException e) {
      log.info("Group {} was created concurrently by another node: {}", id, e.getMessage());
    }
  }

  private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
    boolean exists = authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(resource)
        .resourceId(resourceId).count() > 0;
    if (exists) {
      return;
    }
    Authorization authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
    authorization.setGroupId(group);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    try {
      authorizations.saveAuthorization(authorization);
    } catch (RuntimeException e) {
      log.info("Authorization for {} on {} was created concurrently: {}", group, resource.resourceName(),
          e.getMessage());
    }
  }
}
