package io.podesk.catalog;

import java.math.BigDecimal;

/**
 * The price that applies to an order line: its unit price in the order's currency and where it came from.
 *
 * @param priceList the code of the list it came from
 * @param source in words: which list, which quantity break, converted from which currency
 */
public record ExpectedPrice(BigDecimal unitPrice, String currency, String priceList, String source) {}
