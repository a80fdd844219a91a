package io.podesk.webhooks;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Where a webhook may be sent. A subscriber's URL must not point PO Desk at itself or at the network behind it
 * (loopback, link-local such as cloud metadata at 169.254.169.254, private and unique-local ranges): such a URL is
 * refused when the subscription is made and again before each delivery, since what a name resolves to can change.
 * Configuration may allow named hosts, or private networks as a whole.
 */
@Component
class WebhookTargets {

  private final Set<String> allowedHosts;
  private final boolean allowPrivateNetworks;

  WebhookTargets(WebhookProperties properties) {
    this.allowedHosts = properties.allowedHosts().stream().map(host -> host.strip().toLowerCase(Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet());
    this.allowPrivateNetworks = properties.allowPrivateNetworks();
  }

  /** Why PO Desk will not send to this URL now, or empty when it may. */
  Optional<String> refusal(URI url) {
    String host = url.getHost();
    if (host == null) {
      return Optional.of("url has no host");
    }
    if (allowPrivateNetworks || allowedHosts.contains(host.toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      return Optional.of("url's host " + host + " does not resolve");
    }
    for (InetAddress address : addresses) {
      if (isInternal(address)) {
        return Optional.of("url's host " + host + " is " + address.getHostAddress() + ", a loopback, link-local or "
            + "private address; webhooks go to public addresses only (podesk.webhooks.allowed-hosts allows one)");
      }
    }
    return Optional.empty();
  }

  static boolean isInternal(InetAddress address) {
    if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
        || address.isSiteLocalAddress() || address.isMulticastAddress()) {
      return true;
    }
    byte[] bytes = address.getAddress();
    if (address instanceof Inet4Address) {
      int first = bytes[0] & 0xff;
      int second = bytes[1] & 0xff;
      // 0.0.0.0/8 "this network", 100.64.0.0/10 carrier-grade NAT, 255.255.255.255 broadcast
      return first == 0 || (first == 100 && second >= 64 && second < 128) || (first == 255 && second == 255);
    }
    if (address instanceof Inet6Address) {
      // fc00::/7 unique local; 64:ff9b::/96 (NAT64) and ::/96 (IPv4-compatible) carry an IPv4 address
      if ((bytes[0] & 0xfe) == 0xfc) {
        return true;
      }
      if (embedsIpv4(bytes)) {
        try {
          return isInternal(InetAddress.getByAddress(Arrays.copyOfRange(bytes, 12, 16)));
        } catch (UnknownHostException e) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean embedsIpv4(byte[] bytes) {
    boolean nat64 = bytes[0] == 0 && bytes[1] == 0x64 && (bytes[2] & 0xff) == 0xff && (bytes[3] & 0xff) == 0x9b;
    boolean zeros = true;
    for (int i = nat64 ? 4 : 0; i < 12; i++) {
      zeros &= bytes[i] == 0;
    }
    return zeros;
  }
}
