package io.podesk.customers;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Buyers and approvers of every customer company. */
interface CompanyUsers extends JpaRepository<CompanyUser, String> {

  List<CompanyUser> findByCustomerIdAndRole(String customerId, CompanyRole role);

  long countByCustomerId(String customerId);

  List<CompanyUser> findByCustomerId(String customerId);
}
