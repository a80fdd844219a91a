package io.podesk.purchasing;

import org.springframework.data.jpa.repository.JpaRepository;

interface Suppliers extends JpaRepository<Supplier, String> {}
