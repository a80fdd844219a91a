package io.podesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BaseCurrencyTests {

  private final BaseCurrency currencies = new BaseCurrency("USD",
      Map.of("EUR", new BigDecimal("1.08"), "GBP", new BigDecimal("1.27")));

  private static Money money(String amount, String currency) {
    return Money.of(new BigDecimal(amount), currency);
  }

  @Test
  void leavesAmountsInTheBaseCurrencyAsTheyAre() {
    assertThat(currencies.toBase(money("12.345", "USD"))).contains(money("12.345", "USD"));
  }

  @Test
  void convertsIntoTheBaseCurrencyRoundedToItsMinorUnit() {
    assertThat(currencies.toBase(money("950", "EUR"))).contains(money("1026.00", "USD"));
    assertThat(currencies.toBase(money("0.333", "EUR"))).contains(money("0.36", "USD"));
  }

  @Test
  void convertsBetweenTwoOtherCurrenciesThroughTheBase() {
    // 100 GBP = 127.00 USD = 117.59 EUR
    assertThat(currencies.convert(money("100", "GBP"), "EUR")).contains(money("117.59", "EUR"));
    assertThat(currencies.convert(money("1026.00", "USD"), "EUR")).contains(money("950.00", "EUR"));
  }

  @Test
  void hasNoAnswerWithoutARate() {
    assertThat(currencies.toBase(money("1", "JPY"))).isEmpty();
    assertThat(currencies.convert(money("1", "USD"), "JPY")).isEmpty();
    assertThat(currencies.convert(money("1", "JPY"), "JPY")).contains(money("1", "JPY"));
  }

  @Test
  void acceptsTheBaseCurrencyAndEveryCurrencyWithARate() {
    assertThat(currencies.accepted()).containsExactly("EUR", "GBP", "USD");
  }
}
