package io.podesk.customers;

import static org.assertj.core.api.Assertions.assertThat;

import io.podesk.shared.Money;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpendLimitRuleTests {

  private static final BigDecimal LIMIT = new BigDecimal("1000.00");

  @ParameterizedTest(name = "{0} against a limit of 1000")
  @CsvSource({"999.99", "1000.00", "1000"})
  void upToTheSpendLimitTheCompanyDoesNotApprove(BigDecimal total) {
    assertThat(rule(LIMIT, 2, 3).approvalsFor(Optional.of(euros(total)))).isZero();
  }

  @Test
  void aboveTheSpendLimitTheCompanyApprovesAsOftenAsItRequires() {
    assertThat(rule(LIMIT, 2, 3).approvalsFor(Optional.of(euros(new BigDecimal("1000.01"))))).isEqualTo(2);
  }

  @Test
  void aCompanyRequiringNoApprovalsStillApprovesOnceAboveTheLimit() {
    assertThat(rule(LIMIT, 0, 3).approvalsFor(Optional.of(euros(new BigDecimal("5000"))))).isEqualTo(1);
  }

  @Test
  void aCompanyNeverRequiresMoreApprovalsThanItHasApprovers() {
    assertThat(rule(LIMIT, 3, 2).approvalsFor(Optional.of(euros(new BigDecimal("5000"))))).isEqualTo(2);
  }

  @Test
  void aCompanyWithoutApproversHasNoBuyerSideApproval() {
    assertThat(rule(LIMIT, 2, 0).approvalsFor(Optional.of(euros(new BigDecimal("5000"))))).isZero();
  }

  @Test
  void anOrderThatCannotBeConvertedCountsAsAboveTheLimit() {
    assertThat(rule(LIMIT, 2, 3).approvalsFor(Optional.empty())).isEqualTo(2);
  }

  @Test
  void aSubmitterWithoutSpendLimitHasNoBuyerSideApproval() {
    assertThat(rule(null, 2, 3).approvalsFor(Optional.of(euros(new BigDecimal("5000"))))).isZero();
    assertThat(rule(null, 2, 3).approvalsFor(Optional.empty())).isZero();
  }

  private static Money euros(BigDecimal amount) {
    return Money.of(amount, "EUR");
  }

  private static SpendLimitRule rule(BigDecimal spendLimit, int approvalsRequired, int approvers) {
    return new SpendLimitRule("EUR", spendLimit, approvalsRequired, approvers);
  }
}
