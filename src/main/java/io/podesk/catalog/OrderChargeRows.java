package io.podesk.catalog;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrderChargeRows extends JpaRepository<OrderChargeRow, String> {}
