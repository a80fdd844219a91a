package io.podesk.workflow;

import io.podesk.identity.Roles;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Authenticates against Camunda's identity service, the one user store shared by PO Desk and the Camunda
 * webapps. Group memberships become roles.
 */
@Component
class CamundaUserStoreAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identity;

  CamundaUserStoreAuthenticationProvider(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (userId == null || credentials == null || !identity.checkPassword(userId, credentials.toString())) {
      throw new BadCredentialsException("Wrong user name or password");
    }
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    return UsernamePasswordAuthenticationToken.authenticated(userId, null, Roles.authoritiesOf(groups));
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
