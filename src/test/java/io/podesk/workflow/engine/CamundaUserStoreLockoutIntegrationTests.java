package io.podesk.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podesk.identity.LoginThrottle;
import io.podesk.identity.LoginThrottles;
import io.podesk.identity.MutableClock;
import io.podesk.support.IntegrationTest;
import java.time.Duration;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The real user store (the engine's identity service on PostgreSQL) behind a throttle on a clock the test moves:
 * guessing on a timer locks a user for a while, again and again, but never for good.
 */
@IntegrationTest
class CamundaUserStoreLockoutIntegrationTests {

  @Autowired IdentityService identity;
  @Autowired ProcessEngineConfiguration engine;

  private final MutableClock clock = new MutableClock();

  @Test
  void timedWrongPasswordsNeverLockAUserForGoodAndTheRightPasswordWorksAfterEachLock() {
    String user = "timedvictim";
    if (identity.createUserQuery().userId(user).count() == 0) {
      var created = identity.newUser(user);
      created.setPassword("right");
      identity.saveUser(created);
      identity.createMembership(user, "finance");
    }
    LoginThrottle throttle = LoginThrottles.on(clock, 10, 5);
    var users = new CamundaUserStoreAuthenticationProvider(identity, throttle);

    int wrongPasswordsChecked = 0;
    for (int round = 0; round < 12; round++) {
      String attacker = "192.0.2." + round;
      for (int i = 0; i < 5; i++) {
        assertThatThrownBy(() -> users.authenticate(attempt(user, "guess", attacker)))
            .isInstanceOf(BadCredentialsException.class);
        wrongPasswordsChecked++;
      }
      // locked for a while: even the right password is refused, before the user store is asked
      assertThatThrownBy(() -> users.authenticate(attempt(user, "right", "10.0.0.1")))
          .isInstanceOf(LockedException.class);
      Duration lock = throttle.lockedFor("10.0.0.1", user).orElseThrow();
      assertThat(lock).isLessThanOrEqualTo(Duration.ofHours(1));
      clock.advance(lock);
      if (round % 3 == 0) {
        Authentication owner = users.authenticate(attempt(user, "right", "10.0.0.1"));
        assertThat(owner.getAuthorities()).extracting(Object::toString).contains("ROLE_FINANCE");
      }
    }

    // far past the engine's own limit (10), which would have locked the account in the database for good
    assertThat(wrongPasswordsChecked).isEqualTo(60);
    assertThat(users.authenticate(attempt(user, "right", "10.0.0.1")).getName()).isEqualTo(user);
    assertThat(identity.checkPassword(user, "right")).isTrue();
  }

  @Test
  void theEnginesOwnLockOutIsOff() {
    var configuration = (ProcessEngineConfigurationImpl) engine;
    assertThat(configuration.getLoginMaxAttempts()).isEqualTo(Integer.MAX_VALUE);
    assertThat(configuration.getLoginDelayBase()).isZero();
  }

  private static UsernamePasswordAuthenticationToken attempt(String user, String password, String address) {
    var request = new MockHttpServletRequest();
    request.setRemoteAddr(address);
    var token = UsernamePasswordAuthenticationToken.unauthenticated(user, password);
    token.setDetails(new WebAuthenticationDetails(request));
    return token;
  }
}
