package io.podesk.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Links in pages are written as they are. Spring Boot registers a {@link ResourceUrlEncodingFilter} because the WebJars
 * locator is on the classpath; it passes every link a template writes through the static-resource resolvers, which
 * search the classpath for it and, for a page link such as {@code /portal/orders/...}, find nothing and cache
 * nothing. The staff work list writes several links per row: that search was most of its 300 ms (a flight recording
 * of the benchmark). Our pages name WebJars with their versions, so nothing needs rewriting.
 */
@Configuration(proxyBeanMethods = false)
class PageLinks {

  /** Takes the place of Boot's registration (it backs off when one exists) and registers nothing. */
  @Bean
  FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilterOff() {
    var registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
    registration.setEnabled(false);
    return registration;
  }
}
