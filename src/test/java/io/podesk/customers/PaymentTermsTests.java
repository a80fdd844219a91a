package io.podesk.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaymentTermsTests {

  @ParameterizedTest(name = "{0} issued {1} is due {2}")
  @CsvSource({
      "NET_45, 2026-12-07, 2027-01-21",
      "NET_30, 2026-01-31, 2026-03-02",
      "DUE_ON_RECEIPT, 2026-12-07, 2026-12-07",
      "EOM_0, 2026-02-10, 2026-02-28",
      "EOM_30, 2026-12-07, 2027-01-30",
      "EOM_15, 2028-02-03, 2028-03-15"})
  void dueDatesFollowTheTerms(String code, LocalDate issued, LocalDate due) {
    assertThat(PaymentTerms.ofCode(code).dueDate(issued)).isEqualTo(due);
  }

  @ParameterizedTest
  @CsvSource({"NET_45, Net 45", "DUE_ON_RECEIPT, Due on receipt", "EOM_30, Net 30 EOM", "EOM_0, End of month"})
  void readAsABuyerReadsThem(String code, String label) {
    PaymentTerms terms = PaymentTerms.ofCode(code);
    assertThat(terms.label()).isEqualTo(label);
    assertThat(terms.code()).as("stored and read back").isEqualTo(code);
  }

  @Test
  void refusesTermsThatMeanNothing() {
    assertThatThrownBy(() -> PaymentTerms.net(0)).hasMessageContaining("between 1 and 365");
    assertThatThrownBy(() -> PaymentTerms.endOfMonth(400)).hasMessageContaining("between 0 and 365");
    assertThatThrownBy(() -> new PaymentTerms(PaymentTerms.Type.DUE_ON_RECEIPT, 5)).hasMessageContaining("0");
    assertThatThrownBy(() -> PaymentTerms.ofCode("NET_SOON")).isInstanceOf(IllegalArgumentException.class);
  }
}
