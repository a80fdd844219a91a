package io.podesk.catalog;

import java.math.BigDecimal;

/**
 * The tax rate a line gets, and why, in words.
 *
 * @param percent the rate in percent
 * @param source where it came from: {@code standard in US} or {@code default rate (no rate for reduced in FR)}
 */
public record AppliedTax(BigDecimal percent, String source) {}
