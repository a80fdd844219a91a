package io.podesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.FileReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
  @SuppressWarnings("unchecked")
  void everyNodeGetsTheLinkSecretAndTheDocumentKeyFromTheEnvironment() throws Exception {
    var services = services();
    var podeskNodes = services.entrySet().stream()
        .filter(service -> service.getValue().containsKey("build")
            || String.valueOf(service.getValue().get("image")).startsWith("podesk"))
        .toList();
    assertThat(podeskNodes).isNotEmpty();
    for (var node : podeskNodes) {
      var environment = (Map<String, String>) node.getValue().get("environment");
      assertThat(environment.get("PODESK_LINKS_SECRET")).as(node.getKey())
          .isEqualTo("${PODESK_LINKS_SECRET:?set PODESK_LINKS_SECRET}");
      assertThat(environment.get("PODESK_DOCUMENTS_KEY")).as(node.getKey())
          .isEqualTo("${PODESK_DOCUMENTS_KEY:?set PODESK_DOCUMENTS_KEY}");
      assertThat(environment).as(node.getKey()).doesNotContainKey("PODESK_DEMO_DATA");
      assertThat(environment.get("SPRING_PROFILES_ACTIVE")).as(node.getKey()).doesNotContain("demo");
      // the data directory (./data under the image's working directory) is a volume, kept across containers
      assertThat((List<String>) node.getValue().get("volumes")).as(node.getKey())
          .anyMatch(volume -> volume.endsWith(":/var/lib/podesk/data"));
    }
    assertThat(Files.readString(Path.of("src/main/docker/Dockerfile"))).contains("WORKDIR /var/lib/podesk\n");
  }

  @Test
  @SuppressWarnings("unchecked")
  void onlyPoDeskItselfIsPublishedToEveryInterface() throws Exception {
    services().forEach((name, service) -> {
      for (Object port : (List<Object>) service.getOrDefault("ports", List.of())) {
        if (!name.equals("podesk")) {
          assertThat(String.valueOf(port)).as(name + " publishes " + port).startsWith("127.0.0.1:");
        }
      }
    });
    assertThat(services().get("mailpit").get("ports")).isNotNull();
    assertThat(services().get("minio").get("ports")).isNotNull();
  }

  @Test
  void everyImageCarriesAFixedVersion() throws Exception {
    services().forEach((name, service) -> {
      String image = String.valueOf(service.get("image"));
      assertThat(image).as(name).matches("[^:]+:[^:]+").doesNotEndWith(":latest");
    });
    for (String line : Files.readAllLines(Path.of("src/main/docker/Dockerfile"))) {
      if (line.startsWith("FROM ")) {
        assertThat(line.split("\\s+")[1]).as(line).contains(":").doesNotEndWith(":latest");
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> services() throws Exception {
    try (var reader = new FileReader("docker-compose.yml")) {
      Map<String, Object> compose = new Yaml().load(reader);
      return (Map<String, Map<String, Object>>) compose.get("services");
    }
  }

  @Test
  void dockerComposeConfigAcceptsTheFile() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/docker-compose")), "docker-compose is not installed here");
    var process = new ProcessBuilder("docker-compose", "config", "-q")
        .directory(new File("."))
        .redirectErrorStream(true);
    process.environment().putAll(Map.of("POSTGRES_PASSWORD", "test", "MINIO_ROOT_PASSWORD", "testtest",
        "PODESK_ADMIN_PASSWORD", "test", "PODESK_LINKS_SECRET", "test-links-secret",
        "PODESK_DOCUMENTS_KEY", "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="));
    Process running = process.start();
    assertThat(running.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(running.exitValue()).as(new String(running.getInputStream().readAllBytes())).isZero();
  }
}
