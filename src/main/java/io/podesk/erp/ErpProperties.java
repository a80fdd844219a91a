package io.podesk.erp;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param adapter which ERP adapter pushes orders: {@code file} */
@ConfigurationProperties("podesk.erp")
public record ErpProperties(String adapter, File file) {

  /** @param folder where one JSON file per order is written */
  public record File(String folder) {}
}
