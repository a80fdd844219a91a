package io.podesk.customers;

import java.util.List;

/** What a person does for their company in PO Desk. */
public enum CompanyRole {
  BUYER,
  APPROVER,
  /** Manages their own company's people in the portal. */
  COMPANY_ADMIN;

  /** The user-store groups that give a person of this role at the given company their rights. */
  public List<String> groupsAt(String companyCode) {
    return switch (this) {
      case BUYER -> List.of("buyers");
      case APPROVER -> List.of("companyapprovers", companyCode + "approvers");
      case COMPANY_ADMIN -> List.of("companyadmins");
    };
  }
}
