package io.podesk.catalog;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Products extends JpaRepository<Product, String> {

  /** Products whose SKU or name contains the text (any case), optionally of one category, active ones only if asked. */
  @Query("select p from Product p where (:text is null or lower(p.sku) like :text or lower(p.name) like :text)"
      + " and (:category is null or p.category = :category) and (:activeOnly = false or p.active = true)"
      + " order by p.sku")
  Page<Product> search(String text, String category, boolean activeOnly, Pageable page);
}
