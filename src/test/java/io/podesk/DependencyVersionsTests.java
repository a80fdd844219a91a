package io.podesk;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.lang3.StringUtils;
import org.junit.jupiter.api.Test;
import org.springframework.data.util.Version;

/** Libraries with known vulnerabilities in the versions our dependencies bring are pinned past the fix. */
class DependencyVersionsTests {

  @Test
  void commonsLang3IsPastTheClassUtilsRecursionFix() {
    // CVE-2025-48924: ClassUtils.getClass recursed without bound on long inputs until 3.18.0
    String version = StringUtils.class.getPackage().getImplementationVersion();

    assertThat(version).isNotNull();
    assertThat(Version.parse(version).isGreaterThanOrEqualTo(Version.parse("3.18.0"))).isTrue();
  }
}
