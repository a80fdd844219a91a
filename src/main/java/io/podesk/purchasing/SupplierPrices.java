package io.podesk.purchasing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SupplierPrices extends JpaRepository<SupplierPrice, UUID> {

  List<SupplierPrice> findBySupplierOrderBySkuAscValidFromAsc(String supplier);

  Optional<SupplierPrice> findBySupplierAndSkuAndValidFrom(String supplier, String sku, LocalDate validFrom);
}
