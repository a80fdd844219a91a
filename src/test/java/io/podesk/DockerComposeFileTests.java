package io.podesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.FileReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** docker-compose.yml runs the production shape, and docker-compose itself accepts it where installed. */
class DockerComposeFileTests {

  @Test
  @SuppressWarnings("unchecked")
  void composesPostgresMinioMailpitAndPoDeskBuiltFromThisProject() throws Exception {
    Map<String, Object> compose;
    try (var reader = new FileReader("docker-compose.yml")) {
      compose = new Yaml().load(reader);
    }
    var services = (Map<String, Map<String, Object>>) compose.get("services");
    assertThat(services).containsKeys("postgres", "minio", "minio-bucket", "mailpit", "podesk");
    var build = (Map<String, String>) services.get("podesk").get("build");
    assertThat(Path.of(build.get("dockerfile"))).exists();
    var environment = (Map<String, String>) services.get("podesk").get("environment");
    assertThat(environment.get("SPRING_PROFILES_ACTIVE")).isEqualTo("postgres,s3,smtp");
    assertThat(environment.get("PODESK_DB_PASSWORD")).startsWith("${");
    assertThat(String.valueOf(services.get("minio-bucket").get("entrypoint"))).contains("mc mb");
  }

  @Test
  void dockerComposeConfigAcceptsTheFile() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/docker-compose")), "docker-compose is not installed here");
    var process = new ProcessBuilder("docker-compose", "config", "-q")
        .directory(new File("."))
        .redirectErrorStream(true);
    process.environment().putAll(Map.of("POSTGRES_PASSWORD", "test", "MINIO_ROOT_PASSWORD", "testtest",
        "PODESK_ADMIN_PASSWORD", "test"));
    Process running = process.start();
    assertThat(running.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(running.exitValue()).as(new String(running.getInputStream().readAllBytes())).isZero();
  }
}
