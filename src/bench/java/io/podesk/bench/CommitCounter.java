package io.podesk.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Counts the commits an application makes through a DataSource: every {@code Connection.commit()}, plus every
 * statement run in auto-commit mode (each is its own transaction). PostgreSQL's {@code pg_stat_statements} does not
 * see the driver's commits and {@code pg_stat_database.xact_commit} also counts the benchmark's own polling, so
 * the benchmark counts at the client.
 */
final class CommitCounter {

  private final AtomicLong commits = new AtomicLong();

  long commits() {
    return commits.get();
  }

  DataSource wrap(DataSource target) {
    return proxy(DataSource.class, target, (proxy, method, args) -> {
      Object result = invoke(target, method, args);
      return result instanceof Connection connection ? connection(connection) : result;
    });
  }

  private Connection connection(Connection target) {
    boolean[] autoCommit = {autoCommit(target)};
    return proxy(Connection.class, target, (proxy, method, args) -> {
      switch (method.getName()) {
        case "commit" -> commits.incrementAndGet();
        case "setAutoCommit" -> autoCommit[0] = (Boolean) args[0];
        default -> { }
      }
      Object result = invoke(target, method, args);
      if (result instanceof Statement statement && !method.getName().equals("unwrap")) {
        return statement(statement, method.getReturnType(), autoCommit);
      }
      return result;
    });
  }

  @SuppressWarnings("unchecked")
  private <S extends Statement> S statement(Statement target, Class<?> type, boolean[] autoCommit) {
    return (S) proxy((Class<S>) type, (S) target, (proxy, method, args) -> {
      if (method.getName().startsWith("execute") && autoCommit[0]) {
        commits.incrementAndGet();
      }
      return invoke(target, method, args);
    });
  }

  private static boolean autoCommit(Connection connection) {
    try {
      return connection.getAutoCommit();
    } catch (java.sql.SQLException e) {
      return true;
    }
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<T> type, T target, InvocationHandler handler) {
    return (T) Proxy.newProxyInstance(CommitCounter.class.getClassLoader(), new Class<?>[] {type}, handler);
  }
}
