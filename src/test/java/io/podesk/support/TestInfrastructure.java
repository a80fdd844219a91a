package io.podesk.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real servers integration tests talk to, started once per JVM: PostgreSQL (embedded binaries, a fresh
 * database) and an SMTP server (GreenMail). Folders for documents and the ERP export are fresh too.
 */
public final class TestInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  private static EmbeddedPostgres postgres;
  private static GreenMail greenMail;
  private static Path workDir;

  public static synchronized EmbeddedPostgres postgres() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return postgres;
  }

  public static synchronized GreenMail greenMail() {
    if (greenMail == null) {
      greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
      greenMail.start();
    }
    return greenMail;
  }

  public static synchronized Path workDir() {
    if (workDir == null) {
      try {
        workDir = Files.createTempDirectory("podesk-test-");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return workDir;
  }

  public static Path erpFolder() {
    return workDir().resolve("erp-export");
  }

  /** A new, empty database on the embedded server. */
  public static String createDatabase(String name) {
    try (var connection = postgres().getPostgresDatabase().getConnection();
        var statement = connection.createStatement()) {
      statement.execute("create database " + name);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    return postgres().getJdbcUrl("postgres", name);
  }

  private static final java.util.List<ConfigurableApplicationContext> CONTEXTS =
      new java.util.concurrent.CopyOnWriteArrayList<>();

  /**
   * Closes the application contexts, then the servers they use. JVM shutdown hooks run in parallel, so leaving
   * this to them lets PostgreSQL stop under a context that is still closing.
   */
  static synchronized void shutDown() {
    CONTEXTS.forEach(ConfigurableApplicationContext::close);
    CONTEXTS.clear();
    if (greenMail != null) {
      greenMail.stop();
      greenMail = null;
    }
    if (postgres != null) {
      try {
        postgres.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      postgres = null;
    }
  }

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    CONTEXTS.add(context);
    String url = databaseUrl(context.getEnvironment().getProperty("podesk.test.database", "podesk"));
    TestPropertyValues.of(Map.of(
        "spring.datasource.url", url,
        "spring.datasource.username", "postgres",
        "spring.datasource.password", "",
        "spring.mail.host", "127.0.0.1",
        "spring.mail.port", String.valueOf(greenMail().getSmtp().getPort()),
        "podesk.documents.disk.root", workDir().resolve("documents").toString(),
        "podesk.documents.disk.key-file", workDir().resolve("document-store.key").toString(),
        "podesk.links.key-file", workDir().resolve("links.key").toString(),
        "podesk.erp.file.folder", erpFolder().toString())).applyTo(context);
  }

  private static final Map<String, String> DATABASES = new java.util.HashMap<>();

  /** One database per kind of context (the shared one, the one with the demo catalog), created on first use. */
  private static synchronized String databaseUrl(String name) {
    return DATABASES.computeIfAbsent(name, TestInfrastructure::createDatabase);
  }
}
