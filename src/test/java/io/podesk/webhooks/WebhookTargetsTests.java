package io.podesk.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class WebhookTargetsTests {

  private final WebhookTargets defaults = targets(List.of(), false);

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"http://localhost/hooks", "http://127.0.0.1/hooks", "http://127.8.9.10:8080/hooks",
      "http://169.254.169.254/latest/meta-data", "http://10.0.0.7/hooks", "http://10.255.255.255/hooks",
      "http://192.168.1.1/hooks", "http://172.16.0.1/hooks", "http://172.31.255.254/hooks", "http://0.0.0.0/hooks",
      "http://100.64.0.1/hooks", "http://2130706433/hooks", "http://[::1]/hooks", "http://[::]/hooks",
      "http://[fc00::1]/hooks", "http://[fd12:3456::1]/hooks", "http://[fe80::1]/hooks",
      "http://[febf:ffff::1]/hooks", "http://[::ffff:10.0.0.1]/hooks", "http://[64:ff9b::a9fe:a9fe]/hooks",
      "http://[::127.0.0.1]/hooks"})
  void refusesLoopbackLinkLocalAndPrivateAddressesByDefault(String url) {
    assertThat(defaults.refusal(URI.create(url))).get().asString()
        .contains("loopback, link-local or private address");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"https://8.8.8.8/hooks", "http://172.15.255.255/hooks", "http://172.32.0.1/hooks",
      "http://100.128.0.1/hooks", "http://[2001:4860:4860::8888]/hooks", "http://[fbff::1]/hooks"})
  void acceptsPublicAddresses(String url) {
    assertThat(defaults.refusal(URI.create(url))).isEmpty();
  }

  @Test
  void refusesAHostThatDoesNotResolve() {
    assertThat(defaults.refusal(URI.create("https://no-such-host.invalid/hooks"))).get().asString()
        .contains("does not resolve");
  }

  @Test
  void configurationAllowsNamedHostsOrPrivateNetworks() {
    var namedLocalhost = targets(List.of("LocalHost"), false);
    assertThat(namedLocalhost.refusal(URI.create("http://localhost:8080/hooks"))).isEmpty();
    assertThat(namedLocalhost.refusal(URI.create("http://127.0.0.1:8080/hooks"))).isPresent();

    var privateNetworks = targets(List.of(), true);
    assertThat(privateNetworks.refusal(URI.create("http://10.0.0.7/hooks"))).isEmpty();
    assertThat(privateNetworks.refusal(URI.create("http://[::1]/hooks"))).isEmpty();
  }

  private static WebhookTargets targets(List<String> allowedHosts, boolean allowPrivateNetworks) {
    return new WebhookTargets(new WebhookProperties(null, null, allowedHosts, allowPrivateNetworks));
  }
}
