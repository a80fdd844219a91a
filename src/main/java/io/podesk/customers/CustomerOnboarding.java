package io.podesk.customers;

import io.podesk.shared.ConflictException;
import io.podesk.shared.NotFoundException;

/** Adds customer companies and their people. */
public interface CustomerOnboarding {

  /** @throws ConflictException when a company with that code exists */
  void addCompany(CustomerTerms company);

  /**
   * @throws NotFoundException when the person's company does not exist
   * @throws ConflictException when the user id is taken
   */
  void addPerson(CompanyPerson person);
}
