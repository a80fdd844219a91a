package io.podesk.catalog;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PriceLists extends JpaRepository<PriceList, String> {

  List<PriceList> findAllByOrderByCode();
}
