package io.podesk.workflow.engine;

import io.podesk.identity.LoginThrottle;
import io.podesk.identity.Roles;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Authenticates against Camunda's identity service, the one user store shared by PO Desk and the Camunda
 * webapps. Group memberships become roles. Every password check passes the login throttle first and reports its
 * outcome to it; the engine's own lock-out is switched off (see application.yml), so no one can lock a user for
 * good by guessing.
 */
@Component
class CamundaUserStoreAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identity;
  private final LoginThrottle throttle;

  CamundaUserStoreAuthenticationProvider(IdentityService identity, LoginThrottle throttle) {
    this.identity = identity;
    this.throttle = throttle;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    String address = LoginThrottle.addressOf(authentication.getDetails());
    if (throttle.lockedFor(address, userId).isPresent()) {
      throw new LockedException("Too many failed logins; try again later");
    }
    if (userId == null || credentials == null || !identity.checkPassword(userId, credentials.toString())) {
      throttle.failed(address, userId);
      throw new BadCredentialsException("Wrong user name or password");
    }
    throttle.succeeded(address, userId);
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    return UsernamePasswordAuthenticationToken.authenticated(userId, null, Roles.authoritiesOf(groups));
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
