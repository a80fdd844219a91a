package io.podesk.catalog;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface TaxRates extends JpaRepository<TaxRate, UUID> {

  List<TaxRate> findByTaxClassAndCountry(String taxClass, String country);
}
