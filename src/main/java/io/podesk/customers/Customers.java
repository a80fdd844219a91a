package io.podesk.customers;

import org.springframework.data.jpa.repository.JpaRepository;

/** All customer companies. */
interface Customers extends JpaRepository<Customer, String> {}
