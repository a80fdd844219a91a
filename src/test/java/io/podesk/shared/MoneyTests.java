package io.podesk.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTests {

  private static Money usd(String amount) {
    return Money.of(new BigDecimal(amount), "USD");
  }

  @Test
  void keepsTheAmountExactlyAsGiven() {
    assertThat(usd("12.5").amount()).isEqualTo(new BigDecimal("12.5"));
    assertThat(usd("1.005").amount().scale()).isEqualTo(3);
  }

  @Test
  void refusesAnUnknownCurrencyCode() {
    assertThatThrownBy(() -> Money.of(BigDecimal.ONE, "XYZ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void addsAndSubtractsInOneCurrency() {
    assertThat(usd("10.00").plus(usd("2.50"))).isEqualTo(usd("12.50"));
    assertThat(usd("10.00").minus(usd("12.50"))).isEqualTo(usd("-2.50"));
  }

  @Test
  void refusesToCombineOrCompareTwoCurrencies() {
    Money euros = Money.of(BigDecimal.ONE, "EUR");
    assertThatThrownBy(() -> usd("1").plus(euros)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 USD").hasMessageContaining("1 EUR");
    assertThatThrownBy(() -> usd("1").minus(euros)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> usd("1").isGreaterThan(euros)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void roundsHalfUpToTheCurrencysMinorUnit() {
    assertThat(usd("1.005").rounded().amount()).isEqualTo(new BigDecimal("1.01"));
    assertThat(usd("1.004").rounded().amount()).isEqualTo(new BigDecimal("1.00"));
    assertThat(Money.of(new BigDecimal("100.5"), "JPY").rounded().amount()).isEqualTo(new BigDecimal("101"));
    assertThat(Money.of(new BigDecimal("1.0005"), "BHD").rounded().amount()).isEqualTo(new BigDecimal("1.001"));
  }

  @Test
  void multipliesAndRoundsOnce() {
    assertThat(usd("12.3456").times(new BigDecimal("3")).amount()).isEqualTo(new BigDecimal("37.04"));
    assertThat(usd("26.00").times(new BigDecimal("0.08")).amount()).isEqualTo(new BigDecimal("2.08"));
  }

  @Test
  void convertsIntoAnotherCurrencyByMultiplyingOrDividingByTheRate() {
    Money euros = Money.of(new BigDecimal("950"), "EUR");
    assertThat(euros.convertedAt(new BigDecimal("1.08"), Currency.getInstance("USD"))).isEqualTo(usd("1026.00"));
    assertThat(usd("1026.00").convertedAtInverse(new BigDecimal("1.08"), Currency.getInstance("EUR")))
        .isEqualTo(Money.of(new BigDecimal("950.00"), "EUR"));
    assertThat(usd("10").convertedAtInverse(new BigDecimal("3"), Currency.getInstance("EUR")).amount())
        .isEqualTo(new BigDecimal("3.33"));
  }

  @Test
  void comparesByValueWhateverTheScale() {
    assertThat(usd("1.0").compareTo(usd("1.00"))).isZero();
    assertThat(usd("2").isGreaterThan(usd("1.99"))).isTrue();
    assertThat(usd("0.00").isZero()).isTrue();
  }

  @Test
  void writesItselfAsAmountAndCode() {
    assertThat(usd("1234.50")).hasToString("1234.50 USD");
    assertThat(Money.zero("EUR")).hasToString("0 EUR");
  }
}
