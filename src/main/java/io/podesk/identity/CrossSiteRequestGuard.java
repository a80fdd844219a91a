package io.podesk.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps other sites from driving the machine endpoints through a browser that holds Basic credentials for PO Desk:
 * a state-changing request (POST, PUT, PATCH, DELETE) whose {@code Origin} header names another site is refused
 * (403) before its credentials are looked at. Browsers send {@code Origin} on every such request from a page
 * (an opaque origin as {@code null}, which is refused too); server-to-server clients send none and pass. The machine
 * endpoints take no tokens, only Basic credentials, which are exactly what a browser replays; the ERP's inbound
 * events carry an HMAC signature instead and are left alone. Added to the machine chain only (not a servlet filter of
 * its own).
 */
class CrossSiteRequestGuard extends OncePerRequestFilter {

  private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
  private static final String SIGNED_ERP_EVENTS = "/api/erp/events";

  private final Set<String> configured;

  CrossSiteRequestGuard(BrowserOrigins origins) {
    this.configured = Stream.concat(Stream.ofNullable(origins.baseUrl()), origins.allowedOrigins().stream())
        .map(CrossSiteRequestGuard::originOf).flatMap(Optional::stream).collect(Collectors.toUnmodifiableSet());
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !STATE_CHANGING.contains(request.getMethod().toUpperCase(Locale.ROOT))
        || SIGNED_ERP_EVENTS.equals(request.getRequestURI().substring(request.getContextPath().length()));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String origin = request.getHeader("Origin");
    if (origin == null || isOwn(origin, request)) {
      chain.doFilter(request, response);
      return;
    }
    Problems.write(response, HttpStatus.FORBIDDEN, "Cross-site request refused",
        "A page of " + origin + " may not change anything in PO Desk. Call the API from a server (no Origin header) "
            + "or from PO Desk's own pages; an admin can allow further origins with podesk.allowed-origins.");
  }

  private boolean isOwn(String origin, HttpServletRequest request) {
    Optional<String> normalized = originOf(origin);
    return normalized.isPresent() && (configured.contains(normalized.get())
        || normalized.equals(originOf(request.getScheme() + "://" + request.getServerName() + ":"
            + request.getServerPort())));
  }

  /** scheme://host:port in lower case with the port spelled out, or empty for anything that is not one. */
  static Optional<String> originOf(String value) {
    try {
      URI uri = new URI(value.strip());
      if (uri.getScheme() == null || uri.getHost() == null) {
        return Optional.empty();
      }
      String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
      int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : "http".equals(scheme) ? 80 : -1;
      return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port);
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
