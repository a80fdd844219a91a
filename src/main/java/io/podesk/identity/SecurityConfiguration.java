package io.podesk.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may reach what. PO Desk's API and the engine REST API take HTTP Basic against the one user store (Camunda's
 * identity service, through the workflow module's authentication provider); the Camunda webapps (Tasklist,
 * Cockpit, Admin) keep their own session login against the same store and their own CSRF protection.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  @Bean
  SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
    return http
        .authorizeHttpRequests(requests -> requests
            .requestMatchers("/actuator/health/**", "/actuator/info", "/error").permitAll()
            .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
            .requestMatchers("/camunda/**").permitAll()
            // authenticated by its HMAC signature instead (see InboundErpEventController)
            .requestMatchers(org.springframework.http.HttpMethod.POST, "/api/erp/events").permitAll()
            .requestMatchers("/api/admin/**", "/actuator/**").hasRole(Roles.ADMIN)
            .requestMatchers(org.springframework.http.HttpMethod.POST, "/api/purchase-orders/*/payments")
            .hasAnyRole(Roles.FINANCE, Roles.ADMIN)
            .requestMatchers("/api/**", "/engine-rest/**").authenticated()
            .anyRequest().authenticated())
        .httpBasic(basic -> basic.realmName("PO Desk"))
        .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**", "/engine-rest/**", "/camunda/**"))
        .headers(Customizer.withDefaults())
        .build();
  }
}
