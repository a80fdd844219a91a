package io.podesk.identity;

import static org.springframework.security.web.util.matcher.AntPathRequestMatcher.antMatcher;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Who may reach what, in two chains over the one user store (Camunda's identity service, through the workflow
 * module's authentication provider):
 * <ul>
 *   <li>Machines: {@code /api}, {@code /engine-rest} and {@code /actuator} take HTTP Basic on every call and never
 *   a session cookie, so a browser's login cannot be ridden by another site; browsers get no Basic challenge
 *   ({@link MachineAuthenticationEntryPoint}), and a state-changing request from another site's page is refused
 *   ({@link CrossSiteRequestGuard}).</li>
 *   <li>People: the portal, the staff dashboard, the mail-link pages and the Camunda webapps share one form login
 *   and session. Tasklist and Cockpit take that login over (see the workflow module's single sign-on filter);
 *   our forms carry CSRF tokens; the webapps keep their own CSRF protection.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  /** Only seller staff use the engine's REST API, Tasklist and Cockpit; customers use the portal. */
  private static final String[] STAFF = Roles.STAFF.toArray(String[]::new);

  /** Scripts only from PO Desk itself; inline styles are allowed for the diagram viewer's SVG. */
  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
      + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; object-src 'none'; "
      + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  @Bean
  @Order(1)
  SecurityFilterChain machineChain(HttpSecurity http, LoginThrottle throttle, BrowserOrigins origins)
      throws Exception {
    return http
        // path matchers, not MVC ones: /engine-rest is Jersey's servlet, not Spring MVC's
        .securityMatcher(new OrRequestMatcher(
            antMatcher("/api/**"), antMatcher("/engine-rest/**"), antMatcher("/actuator/**")))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(antMatcher("/actuator/health/**"), antMatcher("/actuator/info")).permitAll()
            // authenticated by its HMAC signature instead (see InboundErpEventController)
            .requestMatchers(antMatcher(HttpMethod.POST, "/api/erp/events")).permitAll()
            .requestMatchers(antMatcher("/api/admin/**"), antMatcher("/actuator/**")).hasRole(Roles.ADMIN)
            .requestMatchers(antMatcher(HttpMethod.POST, "/api/purchase-orders/*/payments"))
            .hasAnyRole(Roles.FINANCE, Roles.ADMIN)
            // company approvers may decide their own company's step here as well as in the portal, analysts deploy;
            // buyers never. EngineRouteRules then decides each route per role
            .requestMatchers(antMatcher("/engine-rest/**")).hasAnyRole(withCompanyApprover())
            .anyRequest().authenticated())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        // no Basic challenge to browsers, so that none keeps credentials another site could ride on
        .httpBasic(basic -> basic.authenticationEntryPoint(new MachineAuthenticationEntryPoint()))
        .csrf(csrf -> csrf.disable())
        .addFilterBefore(throttle.filter(), BasicAuthenticationFilter.class)
        .addFilterBefore(new CrossSiteRequestGuard(origins),
            BasicAuthenticationFilter.class)
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain peopleChain(HttpSecurity http, LoginThrottle throttle, ClosedAccountSessions closedAccounts)
      throws Exception {
    return http
        .authorizeHttpRequests(requests -> requests
            .requestMatchers("/login", "/error", "/css/**", "/js/**", "/webjars/**", "/favicon.ico").permitAll()
            .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
            // mail links: the token is the credential; the page asks for a login where the action needs one
            .requestMatchers("/links/**").permitAll()
            // the webapps' own login would check a password past the login throttle; ours is the only login
            .requestMatchers(antMatcher(HttpMethod.POST, "/camunda/api/admin/auth/user/*/login/*")).denyAll()
            .requestMatchers(antMatcher("/camunda/**")).hasAnyRole(STAFF)
            .requestMatchers("/staff/**").hasAnyRole(STAFF)
            .requestMatchers("/admin/**").hasRole(Roles.ADMIN)
            .requestMatchers("/portal/company", "/portal/company/**").hasRole(Roles.COMPANY_ADMIN)
            .requestMatchers("/portal/orders/*/legal-hold", "/portal/orders/*/legal-hold/**").hasRole(Roles.ADMIN)
            .requestMatchers("/portal/**").authenticated()
            .anyRequest().authenticated())
        .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
        // logging out of Tasklist or Cockpit logs out of PO Desk too: one login, one logout
        .logout(logout -> logout
            .logoutRequestMatcher(new OrRequestMatcher(
                antMatcher(HttpMethod.POST, "/logout"),
                antMatcher(HttpMethod.POST, "/camunda/api/admin/auth/user/*/logout")))
            .logoutSuccessHandler((request, response, authentication) -> {
              if (request.getRequestURI().startsWith(request.getContextPath() + "/camunda/")) {
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
              } else {
                response.sendRedirect(request.getContextPath() + "/login?logout");
              }
            })
            .permitAll())
        // the webapps carry their own CSRF protection (X-XSRF-TOKEN)
        .csrf(csrf -> csrf.ignoringRequestMatchers(antMatcher("/camunda/**")))
        .headers(headers -> headers
            .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                new NegatedRequestMatcher(antMatcher("/camunda/**")),
                new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
            .referrerPolicy(referrer -> referrer.policy(
                ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
        .addFilterBefore(throttle.filter(),
            UsernamePasswordAuthenticationFilter.class)
        // a deactivated person's session ends with their login
        .addFilterBefore(closedAccounts.filter(), AuthorizationFilter.class)
        .build();
  }

  /** Who reaches the engine REST API at all; what each may do there is decided per route (workflow module). */
  private static String[] withCompanyApprover() {
    String[] roles = Arrays.copyOf(STAFF, STAFF.length + 2);
    roles[STAFF.length] = Roles.COMPANY_APPROVER;
    roles[STAFF.length + 1] = Roles.ANALYST;
    return roles;
  }
}
