package io.podesk.customers;

/** What a person does for their company in PO Desk. */
public enum CompanyRole {
  BUYER,
  APPROVER
}
