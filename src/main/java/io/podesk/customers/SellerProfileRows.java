package io.podesk.customers;

import org.springframework.data.jpa.repository.JpaRepository;

interface SellerProfileRows extends JpaRepository<SellerProfileRow, Integer> {}
