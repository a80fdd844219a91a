package io.podesk.catalog;

/**
 * A price list as the API takes and shows it.
 *
 * @param company the company whose contract list it is, or null
 * @param customerGroup the customer group whose contract list it is, or null; neither: the base list
 */
public record PriceListView(String code, String name, String currency, String company, String customerGroup) {

  public boolean base() {
    return company == null && customerGroup == null;
  }
}
