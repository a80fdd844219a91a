package io.podesk.catalog;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface Prices extends JpaRepository<Price, UUID> {

  List<Price> findByPriceListOrderBySkuAscMinQuantityAscValidFromAsc(String priceList);

  List<Price> findBySkuAndPriceListIn(String sku, Collection<String> priceLists);
}
