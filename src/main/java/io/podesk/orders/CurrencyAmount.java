package io.podesk.orders;

import java.math.BigDecimal;

/** An amount with its currency. */
public record CurrencyAmount(String currency, BigDecimal amount) {}
