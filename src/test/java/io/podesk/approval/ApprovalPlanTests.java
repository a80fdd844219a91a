package io.podesk.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ApprovalPlanTests {

  @Test
  void theBuyersCompanyApprovesFirstWithOneSlotPerRequiredApprover() {
    ApprovalPlan.Step step = ApprovalPlan.Step.buyerCompany("acmeapprovers", 2);

    assertThat(step.number()).isZero();
    assertThat(step.mode()).isEqualTo("parallel");
    assertThat(step.approvalsRequired()).isEqualTo(2);
    assertThat(step.sla()).isEqualTo(Duration.ofDays(2));
    assertThat(step.slots()).hasSize(2).allSatisfy(slot -> assertThat(slot)
        .isEqualTo(new ApprovalPlan.Slot("acmeapprovers", "acmeapprovers", ApprovalPlan.Side.BUYER)));
  }

  @Test
  void oneBuyerSideApprovalIsSequential() {
    ApprovalPlan.Step step = ApprovalPlan.Step.buyerCompany("acmeapprovers", 1);

    assertThat(step.mode()).isEqualTo("sequential");
    assertThat(step.slots()).hasSize(1);
  }
}
