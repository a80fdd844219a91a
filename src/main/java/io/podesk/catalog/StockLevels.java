package io.podesk.catalog;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface StockLevels extends JpaRepository<StockLevel, StockLevel.Key> {

  List<StockLevel> findByKeySku(String sku);
}
