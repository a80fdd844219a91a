package io.podesk.customers;

import org.springframework.data.jpa.repository.JpaRepository;

/** All customer companies. */
public interface Customers extends JpaRepository<Customer, String> {}
