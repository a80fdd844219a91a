package io.podesk.catalog;

import java.math.BigDecimal;

/**
 * The seller's freight, handling and order-discount rules, in one currency (orders in another are compared at the
 * configured rates). Amounts are net; freight and handling are taxed at the charges' tax class.
 *
 * @param freight charged per order; 0: none
 * @param freeFreightFrom from this order net on, no freight; null: always charged
 * @param handlingFee charged on small orders; 0: none
 * @param handlingBelow orders under this net pay the handling fee; null: every order
 * @param discountPercent taken off the lines of large orders
 * @param discountFrom from this order net on, the discount applies; null: every order
 * @param chargesTaxClass the tax class freight and handling are taxed at
 */
record OrderChargeRules(String currency, BigDecimal freight, BigDecimal freeFreightFrom,
    BigDecimal handlingFee, BigDecimal handlingBelow, BigDecimal discountPercent, BigDecimal discountFrom,
    String chargesTaxClass) {

  static final OrderChargeRules NONE = new OrderChargeRules(null, BigDecimal.ZERO, null, BigDecimal.ZERO, null,
      BigDecimal.ZERO, null, "standard");
}
