package io.podesk.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
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
  private final Map<String, AtomicLong> byThread = new ConcurrentHashMap<>();

  long commits() {
    return commits.get();
  }

  /** Commits so far by kind of thread (its name without digits): HTTP, job executor, module events, pollers. */
  Map<String, Long> byThread() {
    Map<String, Long> counts = new TreeMap<>();
    byThread.forEach((name, count) -> counts.put(name, count.get()));
    return counts;
  }

  private void count() {
    commits.incrementAndGet();
    byThread.computeIfAbsent(Thread.currentThread().getName().replaceAll("[0-9]+", "#"), name -> new AtomicLong())
        .incrementAndGet();
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
        case "commit" -> count();
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
        count();
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
