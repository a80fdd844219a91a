package io.podesk.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * PO Desk as a separate operating-system process, started from the test classpath as production would start it
 * (profile {@code postgres}, job executor on) or as {@code ./mvnw spring-boot:run} starts it (embedded defaults), so
 * that a test can kill it with SIGKILL and start it again. Its output goes to {@code target/faults/<name>-<n>.log}.
 */
public final class PoDeskNode implements AutoCloseable {

  private final String name;
  private final int port;
  private final Map<String, String> properties;
  private final Path workingDirectory;
  private Process process;
  private int starts;

  private PoDeskNode(String name, Map<String, String> properties, Path workingDirectory) {
    this.name = name;
    this.port = RestartablePostgres.freePort();
    this.properties = properties;
    this.workingDirectory = workingDirectory;
  }

  /**
   * A node on the given database, pushing to the webhook ERP at {@code erpUrl} and sending mail to the test's
   * GreenMail; {@code name} is also its Camunda host name, which the job log records per job.
   */
  public static PoDeskNode on(String name, String jdbcUrl, String erpUrl) {
    Map<String, String> properties = new LinkedHashMap<>();
    Path work = TestInfrastructure.workDir().resolve("faults");
    // the demo logins on PostgreSQL: the demo profile allows their password and the demo data
    properties.put("spring.profiles.active", "demo,postgres");
    properties.put("spring.datasource.url", jdbcUrl);
    properties.put("spring.datasource.username", "postgres");
    properties.put("spring.datasource.password", "");
    // a short pool timeout, so that a request while the database is away fails within seconds
    properties.put("spring.datasource.hikari.connection-timeout", "3000");
    properties.put("camunda.bpm.admin-user.password", "demo");
    properties.put("podesk.demo-data.enabled", "true");
    properties.put("camunda.bpm.job-execution.enabled", "true");
    properties.put("camunda.bpm.generic-properties.properties.hostname", name);
    properties.put("podesk.erp.adapter", "webhook");
    properties.put("podesk.erp.webhook.url", erpUrl);
    properties.put("podesk.erp.webhook.secret", "fault-secret");
    properties.put("podesk.mail.delivery", "smtp");
    properties.put("podesk.outbox.poll-interval", "300ms");
    properties.put("spring.mail.host", "127.0.0.1");
    properties.put("spring.mail.port", String.valueOf(TestInfrastructure.greenMail().getSmtp().getPort()));
    properties.put("podesk.documents.disk.root", work.resolve("documents").toString());
    properties.put("podesk.documents.disk.key", "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=");
    properties.put("podesk.links.secret", "fault-links-secret-fault-links-secret");
    properties.put("podesk.erp.file.folder", work.resolve("erp-export").toString());
    properties.put("logging.level.org.camunda.bpm.engine.jobexecutor", "warn");
    return new PoDeskNode(name, properties, work.resolve(name));
  }

  /**
   * A node as {@code ./mvnw spring-boot:run} starts it from {@code workingDirectory}: no profile chosen (so the
   * demo), nothing configured, everything it keeps under {@code workingDirectory/data}. Only its port is its own.
   */
  public static PoDeskNode withEmbeddedDefaults(String name, Path workingDirectory) {
    return new PoDeskNode(name, new LinkedHashMap<>(), workingDirectory);
  }

  public PoDeskNode with(String property, String value) {
    properties.put(property, value);
    return this;
  }

  public String name() {
    return name;
  }

  public int port() {
    return port;
  }

  public Api api() {
    return new Api(port);
  }

  /** Starts the process; returns at once (see {@link #awaitReady}). */
  public synchronized PoDeskNode start() {
    // an empty entry would put the working directory on the classpath, and deploy its processes/ a second time
    String classpath = java.util.Arrays.stream(System.getProperty("surefire.test.class.path",
        System.getProperty("java.class.path")).split(File.pathSeparator)).filter(entry -> !entry.isBlank())
        .collect(java.util.stream.Collectors.joining(File.pathSeparator));
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
        "-cp", classpath, "io.podesk.PoDeskApplication", "--server.port=" + port));
    properties.forEach((key, value) -> command.add("--" + key + "=" + value));
    try {
      Path logs = Path.of("target", "faults").toAbsolutePath();
      Files.createDirectories(logs);
      // numbered across the JVM: a later test's node of the same name never overwrites this one's evidence
      starts++;
      logFile = logs.resolve(name + "-" + LOGS.incrementAndGet() + ".log");
      File log = logFile.toFile();
      Files.createDirectories(workingDirectory);
      ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.to(log));
      // the node chooses its profile from its own configuration, not from whatever the build's shell set
      builder.environment().remove("SPRING_PROFILES_ACTIVE");
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  private static final java.util.concurrent.atomic.AtomicInteger LOGS = new java.util.concurrent.atomic.AtomicInteger();

  private Path logFile;

  /** The last lines of the node's output, for a failure message. */
  private String tailOfLog(int lines) {
    try {
      List<String> all = Files.readAllLines(logFile);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "(log unreadable: " + e.getMessage() + ")";
    }
  }

  /** Waits until the node answers its health check with UP. */
  public PoDeskNode awaitReady(Duration timeout) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " died on start-up (exit " + process.exitValue() + "); see " + logFile
            + "; its last lines:\n" + tailOfLog(60));
      }
      try {
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + port + "/actuator/health")).timeout(Duration.ofSeconds(2)).build(),
            HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200 && health.body().contains("UP")) {
          return this;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep(Duration.ofMillis(500));
    }
    throw new IllegalStateException(name + " not ready after " + timeout);
  }

  public boolean isAlive() {
    return process != null && process.isAlive();
  }

  /** {@code kill -9}: no shutdown hook, no transaction finished, no lock released. */
  public synchronized void kill() {
    process.destroyForcibly();
    waitForExit();
  }

  /** An orderly stop (SIGTERM). */
  public synchronized void stop() {
    process.destroy();
    waitForExit();
  }

  private void waitForExit() {
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    if (isAlive()) {
      kill();
    }
  }

  public static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
