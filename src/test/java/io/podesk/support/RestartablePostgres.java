package io.podesk.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A PostgreSQL of a fault test's own (embedded binaries, a fixed port and data folder), so that it can be stopped
 * and started again on the same data while PO Desk nodes keep running, without touching the shared test database.
 */
public final class RestartablePostgres implements AutoCloseable {

  private final int port;
  private final Path dataDir;
  private EmbeddedPostgres server;

  public RestartablePostgres() {
    this.port = freePort();
    try {
      this.dataDir = Files.createTempDirectory("podesk-faults-pg-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    start();
  }

  public synchronized void start() {
    try {
      server = EmbeddedPostgres.builder().setPort(port).setDataDirectory(dataDir).setCleanDataDirectory(false)
          .start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public synchronized void stop() {
    try {
      server.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server = null;
  }

  /** A new, empty database. */
  public String createDatabase(String name) {
    try (Connection connection = server.getPostgresDatabase().getConnection();
        var statement = connection.createStatement()) {
      statement.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return jdbcUrl(name);
  }

  public String jdbcUrl(String database) {
    return "jdbc:postgresql://localhost:" + port + "/" + database + "?user=postgres";
  }

  public Connection connect(String database) throws SQLException {
    return server.getDatabase("postgres", database).getConnection();
  }

  @Override
  public synchronized void close() {
    if (server != null) {
      stop();
    }
  }

  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
