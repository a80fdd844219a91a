package io.podesk.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FourEyesTests {

  @Test
  void nobodyDecidesOnTheirOwnOrder() {
    assertThat(FourEyes.mayDecide("acmebuyer", "acmebuyer")).isFalse();
  }

  @Test
  void anyoneElseMayDecide() {
    assertThat(FourEyes.mayDecide("approver1", "acmebuyer")).isTrue();
  }

  @Test
  void refusesTheSubmittersOwnDecisionWithoutEscalating() {
    assertThatThrownBy(() -> FourEyes.requireNotOwnOrder("acmebuyer", "acmebuyer"))
        .isInstanceOfSatisfying(ApprovalRefused.class, refused -> assertThat(refused.escalate()).isFalse())
        .hasMessage("Nobody approves their own purchase order");
  }

  @Test
  void acceptsAColleaguesDecision() {
    assertThatNoException().isThrownBy(() -> FourEyes.requireNotOwnOrder("approver1", "acmebuyer"));
  }
}
