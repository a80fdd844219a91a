package io.podesk.workflow.engine;

import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * One login for PO Desk and the Camunda webapps: Spring Security logs the user in (our login page) and this filter,
 * running after it, hands that user to Tasklist, Cockpit and Admin, whose own login page is never shown. Their
 * groups come from the same user store, so Camunda's authorizations apply as before.
 */
@Configuration(proxyBeanMethods = false)
class WebappSingleSignOn {

  @Bean
  FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappSingleSignOnFilter() {
    var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
    registration.addInitParameter("authentication-provider", ContainerBasedAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
    registration.setName("webapp-single-sign-on");
    // after Spring Security's chain (order -100), which has authenticated the request by then
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
    return registration;
  }
}
