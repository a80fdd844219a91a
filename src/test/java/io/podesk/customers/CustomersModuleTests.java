package io.podesk.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podesk.shared.CompanyId;
import io.podesk.shared.ConflictException;
import io.podesk.shared.Money;
import io.podesk.shared.NotFoundException;
import io.podesk.support.ModuleTest;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/** The customers module on its own: companies and people go in through onboarding and come out of the directory. */
@ModuleTest(web = WebEnvironment.NONE)
class CustomersModuleTests {

  @Autowired CustomerDirectory directory;
  @Autowired CustomerOnboarding onboarding;

  @Test
  void theDirectoryShowsWhatOnboardingAdded() {
    onboarding.addCompany(new CustomerTerms("initech", "Initech", PaymentTerms.NET_30, "EUR",
        new BigDecimal("40000"), PoNumberPolicy.optional(), false, "smb", "EMEA", "low", "salesrep", 7, 2));
    onboarding.addPerson(new CompanyPerson("ibuyer", "initech", CompanyRole.BUYER, "Ina Initech",
        "ibuyer@initech.example", new BigDecimal("1000")));
    onboarding.addPerson(new CompanyPerson("iapprover", "initech", CompanyRole.APPROVER, "Ian Initech",
        "iapprover@initech.example", null));

    assertThat(directory.termsOf(CompanyId.of("initech")).currency()).isEqualTo("EUR");
    assertThat(directory.person("ibuyer")).get().extracting(CompanyPerson::companyId).isEqualTo("initech");
    assertThat(directory.approversOf(CompanyId.of("initech"))).extracting(CompanyPerson::userId).containsExactly("iapprover");
    SpendLimitRule rule = directory.spendLimitRule(CompanyId.of("initech"), "ibuyer");
    assertThat(rule.approvalsFor(Optional.of(Money.of(new BigDecimal("999"), "EUR")))).as("below the spend limit").isZero();
    assertThat(rule.approvalsFor(Optional.of(Money.of(new BigDecimal("1001"), "EUR"))))
        .as("two required, but the company has one approver").isEqualTo(1);
  }

  @Test
  void onboardingRefusesATakenCodeAndAPersonOfNoCompany() {
    assertThat(directory.find(CompanyId.of("northwind"))).as("demo data").isPresent();

    assertThatThrownBy(() -> onboarding.addCompany(directory.termsOf(CompanyId.of("northwind"))))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> onboarding.addPerson(new CompanyPerson("nobody", "no-such-company",
        CompanyRole.BUYER, "No Body", "nobody@example.com", null))).isInstanceOf(NotFoundException.class);
    assertThat(directory.person("nobody")).isEmpty();
  }
}
