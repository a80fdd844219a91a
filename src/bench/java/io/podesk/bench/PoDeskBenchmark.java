package io.podesk.bench;

import static io.podesk.workflow.approval.ApprovalProcess.Element.Task_RemindApprovers;
import static io.podesk.workflow.approval.ApprovalProcess.Element.Timer_ApprovalReminder;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.podesk.PoDeskApplication;
import io.podesk.support.Api;
import io.podesk.support.ErpEvents;
import io.podesk.support.WebSession;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * PO Desk's benchmark (docs/performance.md): ./mvnw -Pbench verify [-Dbench.scale=0.1]. One embedded PostgreSQL
 * 17 with two databases: PO Desk (job executor on) and a bare engine with no-op delegates. Prints one table and
 * writes the figures to target/bench/&lt;timestamp&gt;.json.
 */
class PoDeskBenchmark {

  // the demo catalog's prices for BRG-6204 (Northwind refuses a line more than 5 % off them)
  private static final String AUTO_PRICE = "12.50";      // 1 x 12.50: auto-approved (under 500)
  private static final String BREAK_PRICE = "11.90";     // from 100 units
  private static final int AUTO_QUANTITY = 1;
  private static final int REVIEW_QUANTITY = 100;        // 100 x 11.90 = 1,190: one sales-manager approval

  private final double scale = Double.parseDouble(System.getProperty("bench.scale", "1"));
  private final Map<String, Object> figures = new LinkedHashMap<>();
  private final AtomicInteger poCounter = new AtomicInteger();
  private final HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8)).build();
  private final Sampler sampler = new Sampler();
  private final CommitCounter podeskCommits = new CommitCounter();

  private EmbeddedPostgres postgres;
  private ConfigurableApplicationContext app;
  private int port;
  private String podeskUrl;
  private String bareUrl;

  private int scaled(String property, int full) {
    return Integer.getInteger(property, Math.max(1, (int) Math.round(full * scale)));
  }

  @Test
  void run() throws Exception {
    figures.put("label", System.getProperty("bench.label", ""));
    figures.put("scale", scale);
    figures.put("cpus", Runtime.getRuntime().availableProcessors());
    figures.put("loadAtStart", uptime());
    startPostgres();
    sampler.start();
    startPoDesk();
    Map<String, Object> settings = settings();
    figures.put("settings", settings);

    try (BareEngine bare = new BareEngine(bareUrl, new BareEngine.Settings((String) settings.get("historyLevel"),
        (Integer) settings.get("corePoolSize"), (Integer) settings.get("maxPoolSize"),
        (Integer) settings.get("queueCapacity"), (Integer) settings.get("maxJobsPerAcquisition"),
        ((Number) settings.get("waitTimeInMillis")).intValue(), (Integer) settings.get("connectionPool")))) {
      progress("PO Desk started");
      warmUp();
      endToEnd(bare);
      perLifecycle(bare);
      latency();
      timerStorm(bare);
    }
    progress("queries");
    listQueries();
    figures.put("memory", sampler.stop());
    figures.put("loadAtEnd", uptime());
    app.close();
    postgres.close();
    report();
  }

  // ---------------------------------------------------------------- set-up

  private void startPostgres() throws Exception {
    postgres = EmbeddedPostgres.builder()
        .setServerConfig("shared_preload_libraries", "pg_stat_statements")
        .setServerConfig("pg_stat_statements.track", "all")
        .setServerConfig("max_connections", "200")
        .start();
    try (Connection c = postgres.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
      s.execute("create database podesk");
      s.execute("create database bare");
      // the benchmark's own queries run as another user, so per-PO statement counts leave them out
      s.execute("create role bench login superuser");
    }
    podeskUrl = postgres.getJdbcUrl("postgres", "podesk");
    bareUrl = postgres.getJdbcUrl("postgres", "bare");
    try (Connection c = podesk(); var s = c.createStatement()) {
      s.execute("create extension if not exists pg_stat_statements");
    }
  }

  private Connection podesk() throws SQLException {
    return DriverManager.getConnection(podeskUrl.replace("user=postgres", "user=bench"));
  }

  private void startPoDesk() throws Exception {
    Path work = Files.createTempDirectory("podesk-bench-");
    Map<String, Object> properties = new HashMap<>();
    properties.put("spring.datasource.url", podeskUrl);
    properties.put("spring.datasource.username", "postgres");
    properties.put("spring.datasource.password", "");
    properties.put("server.port", "0");
    properties.put("camunda.bpm.job-execution.enabled", "true");
    properties.put("podesk.documents.disk.root", work.resolve("documents").toString());
    properties.put("podesk.documents.disk.key-file", work.resolve("document-store.key").toString());
    properties.put("podesk.links.key-file", work.resolve("links.key").toString());
    properties.put("podesk.erp.file.folder", work.resolve("erp-export").toString());
    properties.put("podesk.security.login-throttle.max-failures", "1000000");
    properties.put("logging.level.root", "WARN");
    properties.put("logging.level.io.podesk", "WARN");
    long start = System.nanoTime();
    // command-line arguments: they win over application.yml (default properties would not)
    app = new SpringApplicationBuilder(PoDeskApplication.class).initializers(context -> context.getBeanFactory()
        .addBeanPostProcessor(new org.springframework.beans.factory.config.BeanPostProcessor() {
          @Override
          public Object postProcessAfterInitialization(Object bean, String name) {
            return bean instanceof javax.sql.DataSource dataSource && name.equals("dataSource")
                ? podeskCommits.wrap(dataSource) : bean;
          }
        })).run(properties.entrySet().stream()
        .map(entry -> "--" + entry.getKey() + "=" + entry.getValue()).toArray(String[]::new));
    figures.put("startupSeconds", round((System.nanoTime() - start) / 1e9, 2));
    port = app.getEnvironment().getProperty("local.server.port", Integer.class);
  }

  /** The settings this run measured: what PO Desk's engine actually uses, and the same for the bare engine. */
  private Map<String, Object> settings() {
    Environment env = app.getEnvironment();
    var engine = (ProcessEngineConfigurationImpl) app.getBean(ProcessEngine.class).getProcessEngineConfiguration();
    var executor = app.getBean("camundaTaskExecutor",
        org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor.class);
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("historyLevel", engine.getHistoryLevel().getName());
    settings.put("corePoolSize", executor.getCorePoolSize());
    settings.put("maxPoolSize", executor.getMaxPoolSize());
    settings.put("queueCapacity", executor.getQueueCapacity());
    settings.put("maxJobsPerAcquisition", engine.getJobExecutor().getMaxJobsPerAcquisition());
    settings.put("waitTimeInMillis", engine.getJobExecutor().getWaitTimeInMillis());
    settings.put("connectionPool", env.getProperty("spring.datasource.hikari.maximum-pool-size", Integer.class, 10));
    return settings;
  }

  private void warmUp() throws Exception {
    var ids = submitAll("W", 20, AUTO_QUANTITY, 4);
    waitFor("warm-up orders pushed", () -> countStatus("NW-W%", "SENT_TO_ERP") >= ids.size(), 120);
  }

  // ---------------------------------------------------------------- (a) end to end

  private void endToEnd(BareEngine bare) throws Exception {
    int n = scaled("bench.orders", 1000);
    var shipper = new Shipper("NW-E%", AUTO_QUANTITY);
    long start = System.nanoTime();
    shipper.start();
    var ids = submitAll("E", n, AUTO_QUANTITY, 16);
    long submitted = System.nanoTime();
    waitFor("orders invoiced", () -> countStatus("NW-E%", "INVOICED") >= n, 1800);
    long done = System.nanoTime();
    shipper.stop();
    Map<String, Object> podeskFigures = new LinkedHashMap<>();
    podeskFigures.put("orders", n);
    podeskFigures.put("end", "INVOICED (a signed shipment event per PO, one invoice each)");
    podeskFigures.put("intakePerSecond", round(ids.size() / ((submitted - start) / 1e9), 1));
    podeskFigures.put("pushedToErpPerSecond", round(n / ((shipper.lastPushSeen - start) / 1e9), 1));
    podeskFigures.put("completedPerSecond", round(n / ((done - start) / 1e9), 1));
    podeskFigures.put("seconds", round((done - start) / 1e9, 1));
    sampler.mark("endToEnd");

    progress("bare end to end");
    var runtime = bare.engine.getRuntimeService();
    long bareStart = System.nanoTime();
    parallel(16, n, i -> runtime.startProcessInstanceByKey("BareOrder",
        Map.of("total", 12.5, "purchaseOrderId", UUID.randomUUID().toString())));
    waitFor("bare orders ended", () -> bare.engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("BareOrder").finished().count() >= n, 1800);
    long bareDone = System.nanoTime();
    Map<String, Object> bareFigures = new LinkedHashMap<>();
    bareFigures.put("orders", n);
    bareFigures.put("completedPerSecond", round(n / ((bareDone - bareStart) / 1e9), 1));
    bareFigures.put("seconds", round((bareDone - bareStart) / 1e9, 1));
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("podesk", podeskFigures);
    result.put("bare", bareFigures);
    result.put("ratio", round((double) podeskFigures.get("completedPerSecond")
        / (double) bareFigures.get("completedPerSecond"), 2));
    figures.put("endToEnd", result);
  }

  /** The ERP's shipping department: ships every order of the pattern once it is in the ERP. */
  private final class Shipper {
    private final String pattern;
    private final Set<UUID> shipped = ConcurrentHashMap.newKeySet();
    private final ErpEvents erp = new ErpEvents(port);
    private final ExecutorService senders = Executors.newFixedThreadPool(4);
    private volatile boolean running = true;
    private volatile long lastPushSeen;
    private Thread thread;

    private final int quantity;

    Shipper(String pattern, int quantity) {
      this.pattern = pattern;
      this.quantity = quantity;
    }

    void start() {
      thread = new Thread(this::loop, "shipper");
      thread.start();
    }

    private void loop() {
      try (Connection c = podesk(); var q = c.prepareStatement(
          // orders whose process waits for the shipment message, as the ERP ships what it has been sent (a shipment
          // that arrives earlier is handled too, since the order lock; this keeps the runs comparable)
          "select po.id, po.po_number from purchase_orders po join act_ru_execution e on e.business_key_ = po.id::text"
              + " join act_ru_event_subscr s on s.proc_inst_id_ = e.id_"
              + " where po.po_number like ? and po.status = 'SENT_TO_ERP' and e.parent_id_ is null"
              + " and s.activity_id_ = 'Event_ShipmentRecorded'")) {
        q.setString(1, pattern);
        while (running) {
          try (var rs = q.executeQuery()) {
            while (rs.next()) {
              UUID id = rs.getObject(1, UUID.class);
              String poNumber = rs.getString(2);
              if (shipped.add(id)) {
                lastPushSeen = System.nanoTime();
                senders.submit(() -> ship(poNumber));
              }
            }
          }
          Thread.sleep(100);
        }
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }

    private void ship(String poNumber) {
      var response = erp.send("{\"id\": \"" + UUID.randomUUID() + "\", \"type\": \"shipment\", \"company\": "
          + "\"northwind\", \"poNumber\": \"" + poNumber + "\", \"trackingNumber\": \"1Z" + poNumber + "\","
          + " \"lines\": [{\"sku\": \"BRG-6204\", \"quantity\": " + quantity + "}]}");
      if (response.statusCode() >= 300) {
        System.err.println("shipment for " + poNumber + ": " + response.statusCode() + " " + response.body());
      }
    }

    void stop() throws InterruptedException {
      running = false;
      thread.join();
      senders.shutdown();
      senders.awaitTermination(1, TimeUnit.MINUTES);
    }
  }

  // ---------------------------------------------------------------- (e) statements per lifecycle

  private void perLifecycle(BareEngine bare) throws Exception {
    int m = scaled("bench.lifecycles", 50);
    waitForIdleJobs();
    Map<String, Object> idle = statements("podesk", podeskCommits, () -> Thread.sleep(5000));
    double idleSeconds = 5.0;
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("orders", m);

    long autoStart = System.nanoTime();
    Map<String, Long> threadsBefore = podeskCommits.byThread();
    Map<String, Object> auto = statements("podesk", podeskCommits, () -> {
      var shipper = new Shipper("NW-A%", AUTO_QUANTITY);
      shipper.start();
      submitAll("A", m, AUTO_QUANTITY, 4);
      waitFor("auto orders invoiced", () -> countStatus("NW-A%", "INVOICED") >= m, 600);
      shipper.stop();
    });
    result.put("autoPath", perOrder(auto, idle, idleSeconds, (System.nanoTime() - autoStart) / 1e9, m));
    result.put("autoPathTopStatements", topStatements("podesk", m));
    Map<String, Object> commitsByThread = new LinkedHashMap<>();
    podeskCommits.byThread().forEach((thread, count) -> {
      double perOrder = (count - threadsBefore.getOrDefault(thread, 0L)) / (double) m;
      if (perOrder >= 0.05) {
        commitsByThread.put(thread, round(perOrder, 2));
      }
    });
    result.put("autoPathCommitsByThread", commitsByThread);

    long reviewStart = System.nanoTime();
    Map<String, Object> review = statements("podesk", podeskCommits, () -> {
      var ids = submitAll("R", m, REVIEW_QUANTITY, 4);
      var api = new Api(port);
      var shipper = new Shipper("NW-R%", REVIEW_QUANTITY);
      shipper.start();
      for (UUID id : ids) {
        String task = waitForTask(id);
        var done = api.postJson("salesmanager", "/engine-rest/task/" + task + "/complete",
            "{\"variables\": {\"approved\": {\"value\": true}}}");
        if (done.status() != 204) {
          throw new IllegalStateException("approval refused: " + done.status() + " " + done.body());
        }
      }
      waitFor("reviewed orders invoiced", () -> countStatus("NW-R%", "INVOICED") >= m, 600);
      shipper.stop();
    });
    result.put("oneApprovalPath", perOrder(review, idle, idleSeconds, (System.nanoTime() - reviewStart) / 1e9, m));

    Map<String, Object> bareIdle = statements("bare", bare.commits, () -> Thread.sleep(5000));
    long bareStart = System.nanoTime();
    Map<String, Object> bareCounts = statements("bare", bare.commits, () -> {
      // polled as the benchmark's user, so the engine's counts stay its own
      try (Connection c = DriverManager.getConnection(bareUrl.replace("user=postgres", "user=bench"));
          var ended = c.prepareStatement("select count(*) from act_hi_procinst where proc_def_key_ = 'BareOrder'"
              + " and end_time_ is not null")) {
        int before = count(ended);
        var runtime = bare.engine.getRuntimeService();
        parallel(4, m, i -> runtime.startProcessInstanceByKey("BareOrder",
            Map.of("total", 12.5, "purchaseOrderId", UUID.randomUUID().toString())));
        waitFor("bare lifecycles ended", () -> count(ended) >= before + m, 600);
      }
    });
    result.put("bareAutoPath", perOrder(bareCounts, bareIdle, idleSeconds, (System.nanoTime() - bareStart) / 1e9, m));
    result.put("note", "REST intake, jobs, shipment event, invoice (PDF, mail to outbox); the approval path also "
        + "completes the task over /engine-rest; idle background (pollers) subtracted");
    figures.put("perLifecycle", result);
  }

  private String waitForTask(UUID purchaseOrderId) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    try (Connection c = podesk(); var q = c.prepareStatement("select t.id_ from act_ru_task t join act_ru_execution e"
        + " on e.id_ = t.proc_inst_id_ where e.business_key_ = ? and t.task_def_key_ = 'Task_ApprovePurchaseOrder'")) {
      q.setString(1, purchaseOrderId.toString());
      while (System.nanoTime() < deadline) {
        try (var rs = q.executeQuery()) {
          if (rs.next()) {
            return rs.getString(1);
          }
        }
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException("no approval task for " + purchaseOrderId);
  }

  interface Work {
    void run() throws Exception;
  }

  /**
   * pg_stat_statements of the application's user (not the benchmark's) in one database while the work runs, and
   * the commits the application made (counted at its DataSource).
   */
  private Map<String, Object> statements(String database, CommitCounter commits, Work work) throws Exception {
    try (Connection c = podesk(); var s = c.createStatement()) {
      s.execute("select pg_stat_statements_reset()");
    }
    long commitsBefore = commits.commits();
    work.run();
    long committed = commits.commits() - commitsBefore;
    String sql = """
        select coalesce(sum(calls) filter (where query !~* '^\\s*(begin|commit|rollback|set|show|select 1$)'), 0),
               coalesce(sum(calls) filter (where query ~* '^\\s*commit'), 0),
               coalesce(sum(rows) filter (where query ~* '^\\s*insert'), 0),
               coalesce(sum(calls) filter (where query ~* '^\\s*select'), 0),
               coalesce(sum(calls) filter (where query ~* '^\\s*update'), 0)
        from pg_stat_statements s join pg_roles r on r.oid = s.userid
        where r.rolname = 'postgres' and s.dbid = (select oid from pg_database where datname = ?)""";
    try (Connection c = podesk(); var s = c.prepareStatement(sql)) {
      s.setString(1, database);
      var rs = s.executeQuery();
      rs.next();
      Map<String, Object> counts = new LinkedHashMap<>();
      counts.put("statements", rs.getLong(1));
      counts.put("commits", committed);
      counts.put("insertedRows", rs.getLong(3));
      counts.put("selects", rs.getLong(4));
      counts.put("updates", rs.getLong(5));
      return counts;
    }
  }

  /** The statements behind the last measurement, most frequent first, per order: where the time goes. */
  private Map<String, Object> topStatements(String database, int orders) throws SQLException {
    Map<String, Object> top = new LinkedHashMap<>();
    try (Connection c = podesk(); var s = c.prepareStatement("""
        select s.query, sum(s.calls) calls from pg_stat_statements s join pg_roles r on r.oid = s.userid
        where r.rolname = 'postgres' and s.dbid = (select oid from pg_database where datname = ?)
        group by s.query order by 2 desc limit 40""")) {
      s.setString(1, database);
      try (var rs = s.executeQuery()) {
        while (rs.next()) {
          String query = rs.getString(1).replaceAll("\\s+", " ");
          top.put(query.length() > 200 ? query.substring(0, 200) + "..." : query,
              round(rs.getLong(2) / (double) orders, 2));
        }
      }
    }
    return top;
  }

  /** Where a page's database time goes: PO Desk's statements by total time, in ms per page. */
  private Map<String, Object> slowestStatements(int pages) throws SQLException {
    Map<String, Object> slowest = new LinkedHashMap<>();
    try (Connection c = podesk(); var s = c.createStatement(); var rs = s.executeQuery("""
        select s.query, sum(s.total_exec_time) ms, sum(s.calls) calls from pg_stat_statements s
        join pg_roles r on r.oid = s.userid
        where r.rolname = 'postgres' and s.dbid = (select oid from pg_database where datname = 'podesk')
        group by s.query order by 2 desc limit 12""")) {
      while (rs.next()) {
        String query = rs.getString(1).replaceAll("\\s+", " ");
        slowest.put(query.length() > 200 ? query.substring(0, 200) + "..." : query,
            round(rs.getDouble(2) / pages, 2) + " ms, " + round(rs.getLong(3) / (double) pages, 1) + " calls");
      }
    }
    return slowest;
  }

  private Map<String, Object> perOrder(Map<String, Object> counts, Map<String, Object> idle, double idleSeconds,
      double seconds, int orders) {
    Map<String, Object> result = new LinkedHashMap<>();
    counts.forEach((key, value) -> {
      double background = ((Long) idle.get(key)) * seconds / idleSeconds;
      result.put(key, round(Math.max(0, ((Long) value) - background) / orders, 1));
    });
    return result;
  }

  // ---------------------------------------------------------------- (b) intake latency

  private void latency() throws Exception {
    progress("latency");
    Map<String, Object> result = new LinkedHashMap<>();
    double rate = Double.parseDouble(System.getProperty("bench.rate", "30"));
    int seconds = scaled("bench.latency-seconds", 60);
    Latencies open = openLoop(rate, (int) Math.round(rate * seconds));
    result.put("openLoop", Map.of("ratePerSecond", rate, "requests", open.count(), "p50", round(open.percentile(50), 1),
        "p99", round(open.percentile(99), 1), "max", round(open.percentile(100), 1)));
    sampler.mark("openLoop");
    for (int clients : new int[] {8, 32}) {
      long start = System.nanoTime();
      Latencies closed = closedLoop(clients, scaled("bench.closed-seconds", 20));
      double elapsed = (System.nanoTime() - start) / 1e9;
      result.put("closedLoop" + clients, Map.of("clients", clients, "requests", closed.count(),
          "perSecond", round(closed.count() / elapsed, 1), "p50", round(closed.percentile(50), 1),
          "p99", round(closed.percentile(99), 1)));
      sampler.mark("closedLoop" + clients);
    }
    result.put("order", "1,190 USD (routed to the sales managers), nwbuyer, JSON, HTTP Basic");
    figures.put("intakeLatency", result);
  }

  /** Requests on a fixed timetable; latency counts from the scheduled time, so a stall shows as queueing. */
  private Latencies openLoop(double rate, int requests) throws InterruptedException {
    Latencies latencies = new Latencies();
    CountDownLatch done = new CountDownLatch(requests);
    long start = System.nanoTime() + 100_000_000L;
    long interval = (long) (1e9 / rate);
    for (int i = 0; i < requests; i++) {
      long scheduled = start + i * interval;
      long wait = scheduled - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      http.sendAsync(submitRequest("L", REVIEW_QUANTITY), HttpResponse.BodyHandlers.ofString())
          .whenComplete((response, error) -> {
            if (error == null && response.statusCode() == 201) {
              latencies.add(System.nanoTime() - scheduled);
            } else {
              System.err.println("open loop: " + (error != null ? error : response.statusCode() + response.body()));
            }
            done.countDown();
          });
    }
    done.await(5, TimeUnit.MINUTES);
    return latencies;
  }

  private Latencies closedLoop(int clients, int seconds) throws InterruptedException {
    Latencies latencies = new Latencies();
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < clients; t++) {
      threads.add(started(() -> {
        while (System.nanoTime() < end) {
          long start = System.nanoTime();
          var response = send(submitRequest("C", REVIEW_QUANTITY));
          if (response.statusCode() == 201) {
            latencies.add(System.nanoTime() - start);
          }
        }
      }));
    }
    for (Thread thread : threads) {
      thread.join();
    }
    return latencies;
  }

  // ---------------------------------------------------------------- (c) timer storm

  private void timerStorm(BareEngine bare) throws Exception {
    int timers = scaled("bench.timers", 10000);
    progress("timer storm: " + timers);
    // the latency phases left pending approvals, each with its daily reminder timer; top up to the storm's size
    int pending = countStatus("NW-%", "PENDING_APPROVAL") + countStatus("NW-%", "SUBMITTED");
    if (pending < timers) {
      submitAll("F", timers - pending, REVIEW_QUANTITY, 16);
    }
    waitFor("reminder timers created", () -> countJobs(Timer_ApprovalReminder.name(), false) >= timers, 1800);
    waitForIdleJobs();
    Map<String, Object> podeskFigures = storm(podesk(), Timer_ApprovalReminder.name(), Task_RemindApprovers.name(), true);
    sampler.mark("timerStorm");

    var runtime = bare.engine.getRuntimeService();
    parallel(8, timers, i -> runtime.startProcessInstanceByKey("BareReminder"));
    Map<String, Object> bareFigures;
    try (Connection c = bare.dataSource().getConnection()) {
      c.setAutoCommit(true);
      bareFigures = storm(c, "Timer_Reminder", "Task_Remind", false);
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("podesk", podeskFigures);
    result.put("bare", bareFigures);
    result.put("ratio", round((double) podeskFigures.get("drainSeconds") / (double) bareFigures.get("drainSeconds"),
        2));
    figures.put("timerStorm", result);
  }

  /**
   * Makes every timer of the activity due now and times until they and the jobs they start are done; with
   * {@code events}, also until the module events they published are handled (PO Desk writes the reminder mails in
   * a module-event listener after the timer's job, so the reminders are only done then).
   */
  private Map<String, Object> storm(Connection c, String timerActivity, String followUpActivity, boolean events)
      throws Exception {
    String jobsOf = "select count(*) from act_ru_job j join act_ru_jobdef d on d.id_ = j.job_def_id_"
        + " where d.act_id_ = ?";
    int fired;
    long start;
    try (var s = c.prepareStatement("update act_ru_job set duedate_ = now() where job_def_id_ in"
        + " (select id_ from act_ru_jobdef where act_id_ = ?)")) {
      s.setString(1, timerActivity);
      start = System.nanoTime();
      fired = s.executeUpdate();
    }
    long deadline = start + TimeUnit.MINUTES.toNanos(30);
    try (var due = c.prepareStatement(jobsOf + " and j.duedate_ <= now() - interval '0 second'"
        + " and j.duedate_ < now() + interval '1 hour'");
        var followUps = c.prepareStatement(jobsOf)) {
      due.setString(1, timerActivity);
      followUps.setString(1, followUpActivity);
      while (System.nanoTime() < deadline) {
        if (count(due) == 0 && count(followUps) == 0) {
          break;
        }
        Thread.sleep(200);
      }
    }
    double jobSeconds = (System.nanoTime() - start) / 1e9;
    if (events) {
      try (var open = c.prepareStatement("select count(*) from event_publication where completion_date is null")) {
        while (System.nanoTime() < deadline && count(open) > 0) {
          Thread.sleep(200);
        }
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    int failed;
    try (var s = c.prepareStatement("select count(*) from act_ru_job where retries_ < 3 or exception_msg_ is not null")) {
      failed = count(s);
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("timers", fired);
    result.put("drainSeconds", round(seconds, 1));
    result.put("jobsDrainSeconds", round(jobSeconds, 1));
    result.put("timersPerSecond", round(fired / seconds, 1));
    result.put("jobsWithFailures", failed);
    return result;
  }

  private int countJobs(String activity, boolean dueOnly) throws SQLException {
    try (Connection c = podesk(); var s = c.prepareStatement("select count(*) from act_ru_job j join act_ru_jobdef d"
        + " on d.id_ = j.job_def_id_ where d.act_id_ = ?" + (dueOnly ? " and j.duedate_ <= now()" : ""))) {
      s.setString(1, activity);
      return count(s);
    }
  }

  private void waitForIdleJobs() throws Exception {
    waitFor("no due jobs", () -> {
      try (Connection c = podesk(); var s = c.prepareStatement(
          "select count(*) from act_ru_job where (duedate_ is null or duedate_ <= now()) and retries_ > 0")) {
        return count(s) == 0;
      }
    }, 1800);
  }

  // ---------------------------------------------------------------- (d) list and dashboard queries

  private void listQueries() throws Exception {
    int rows = Integer.getInteger("bench.rows", 100_000);
    long start = System.nanoTime();
    try (Connection c = podesk(); var s = c.createStatement()) {
      s.execute("""
          insert into purchase_orders (id, customer_id, po_number, status, currency, total, submitted_by,
                                       submitted_at, updated_at, version, revision)
          select md5('bulk' || i)::uuid,
                 (array['acme', 'northwind', 'globex'])[1 + i % 3],
                 'BULK-' || i,
                 case when i % 20 = 0 then 'REJECTED' when i % 20 = 1 then 'CANCELLED' else 'COMPLETED' end,
                 'USD', 10 + (i % 5000), (array['acmebuyer', 'nwbuyer', 'globexbuyer'])[1 + i % 3],
                 now() - (i || ' minutes')::interval, now() - (i || ' minutes')::interval, 0, 1
          from generate_series(1, ROWS) i""".replace("ROWS", String.valueOf(rows)));
      s.execute("""
          insert into purchase_order_lines (purchase_order_id, line_no, sku, description, quantity, unit_price,
                                            line_total)
          select md5('bulk' || i)::uuid, 0, 'BRG-6204', 'Ball bearing 6204', 1, 10 + (i % 5000), 10 + (i % 5000)
          from generate_series(1, ROWS) i""".replace("ROWS", String.valueOf(rows)));
      s.execute("analyze");
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("bulkRows", rows);
    result.put("bulkInsertSeconds", round((System.nanoTime() - start) / 1e9, 1));
    try (Connection c = podesk(); var s = c.createStatement();
        var rs = s.executeQuery("select count(*) from purchase_orders")) {
      rs.next();
      result.put("ordersInDatabase", rs.getLong(1));
    }
    var api = new Api(port);
    Map<String, String[]> variants = new LinkedHashMap<>();
    variants.put("staff: newest 20", new String[] {"salesmanager", "/api/purchase-orders"});
    variants.put("staff: status=PENDING_APPROVAL", new String[] {"salesmanager",
        "/api/purchase-orders?status=PENDING_APPROVAL"});
    variants.put("staff: status=COMPLETED page 200", new String[] {"salesmanager",
        "/api/purchase-orders?status=COMPLETED&page=200"});
    variants.put("staff: poNumber contains", new String[] {"salesmanager", "/api/purchase-orders?poNumber=BULK-4711"});
    variants.put("staff: sort by total", new String[] {"salesmanager", "/api/purchase-orders?sort=total,desc"});
    variants.put("buyer: newest 20", new String[] {"nwbuyer", "/api/purchase-orders"});
    variants.put("buyer: status=COMPLETED size 100", new String[] {"nwbuyer",
        "/api/purchase-orders?status=COMPLETED&size=100"});
    int runs = Integer.getInteger("bench.query-runs", 100);
    Map<String, Object> p95 = new LinkedHashMap<>();
    for (var variant : variants.entrySet()) {
      Latencies latencies = new Latencies();
      for (int i = 0; i < runs + 10; i++) {
        long t = System.nanoTime();
        var response = api.get(variant.getValue()[0], variant.getValue()[1]);
        if (response.status() != 200) {
          throw new IllegalStateException(variant.getKey() + ": " + response.status() + " " + response.body());
        }
        if (i >= 10) {
          latencies.add(System.nanoTime() - t);
        }
      }
      p95.put(variant.getKey(), round(latencies.percentile(95), 1));
    }
    var staff = WebSession.loggedIn(port, "salesmanager");
    Map<String, Object> dashboardStatements = new LinkedHashMap<>();
    for (String path : new String[] {"/staff", "/staff?status=PENDING_APPROVAL", "/staff/analytics"}) {
      try (Connection c = podesk(); var s = c.createStatement()) {
        s.execute("select pg_stat_statements_reset()");
      }
      Latencies latencies = new Latencies();
      int dashboardRuns = Math.max(10, runs / 5);
      for (int i = 0; i < dashboardRuns + 3; i++) {
        long t = System.nanoTime();
        var response = staff.get(path);
        if (response.statusCode() != 200) {
          throw new IllegalStateException(path + ": " + response.statusCode());
        }
        if (i >= 3) {
          latencies.add(System.nanoTime() - t);
        }
      }
      p95.put("dashboard: " + path, round(latencies.percentile(95), 1));
      dashboardStatements.put(path, slowestStatements(dashboardRuns + 3));
    }
    result.put("p95Millis", p95);
    result.put("dashboardStatementsMillisPerPage", dashboardStatements);
    figures.put("queries", result);
  }

  // ---------------------------------------------------------------- helpers

  private HttpRequest submitRequest(String phase, int quantity) {
    String body = """
        {"poNumber": "%s", "currency": "USD",
         "lines": [{"sku": "BRG-6204", "description": "Ball bearing 6204", "quantity": %d, "unitPrice": "%s"}],
         "shipTo": {"name": "Receiving", "street": "1 Dock Rd", "city": "Dallas", "postalCode": "75201",
                    "country": "US"}}""".formatted(poNumber(phase), quantity, quantity >= 100 ? BREAK_PRICE
        : AUTO_PRICE);
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/purchase-orders"))
        .header("Content-Type", "application/json")
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString("nwbuyer:demo".getBytes(StandardCharsets.UTF_8)))
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
  }

  /** NW-<phase letter><letter>-<4 digits>: unique, in Northwind's format, and telling the phase apart. */
  private String poNumber(String phase) {
    int n = poCounter.getAndIncrement();
    return "NW-" + phase + (char) ('A' + (n / 10000) % 26) + "-" + String.format("%04d", n % 10000);
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private List<UUID> submitAll(String phase, int count, int quantity, int clients) throws InterruptedException {
    List<UUID> ids = java.util.Collections.synchronizedList(new ArrayList<>());
    parallel(clients, count, i -> {
      var response = send(submitRequest(phase, quantity));
      if (response.statusCode() != 201) {
        throw new IllegalStateException("submit: " + response.statusCode() + " " + response.body());
      }
      String location = response.headers().firstValue("Location").orElseThrow();
      ids.add(UUID.fromString(location.substring(location.lastIndexOf('/') + 1)));
    });
    return ids;
  }

  interface Task {
    void run(int i) throws Exception;
  }

  private static void parallel(int threads, int count, Task task) throws InterruptedException {
    AtomicInteger next = new AtomicInteger();
    AtomicLong failures = new AtomicLong();
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      workers.add(started(() -> {
        for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
          try {
            task.run(i);
          } catch (Exception e) {
            if (failures.incrementAndGet() <= 5) {
              e.printStackTrace();
            }
          }
        }
      }));
    }
    for (Thread worker : workers) {
      worker.join();
    }
    if (failures.get() > 0) {
      throw new IllegalStateException(failures.get() + " of " + count + " failed");
    }
  }

  interface Condition {
    boolean holds() throws Exception;
  }

  private static final long T0 = System.nanoTime();

  private static void progress(String what) {
    System.out.printf("[bench %6.1f s] %s%n", (System.nanoTime() - T0) / 1e9, what);
  }

  private static void waitFor(String what, Condition condition, int seconds) throws Exception {
    progress("waiting for " + what);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (!condition.holds()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("timed out waiting for " + what);
      }
      Thread.sleep(100);
    }
  }

  private int countStatus(String pattern, String status) throws SQLException {
    try (Connection c = podesk(); var s = c.prepareStatement(
        "select count(*) from purchase_orders where po_number like ? and status = ?")) {
      s.setString(1, pattern);
      s.setString(2, status);
      return count(s);
    }
  }

  private static int count(java.sql.PreparedStatement statement) throws SQLException {
    try (var rs = statement.executeQuery()) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static Thread started(Runnable work) {
    Thread thread = new Thread(work);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  private static double round(double value, int digits) {
    double factor = Math.pow(10, digits);
    return Math.round(value * factor) / factor;
  }

  private static String uptime() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (Exception e) {
      return "unknown";
    }
  }

  // ---------------------------------------------------------------- (f) memory

  /** Heap and RSS every half second; the maximum per phase. */
  private static final class Sampler {
    private final Map<String, Object> phases = new LinkedHashMap<>();
    private volatile long maxHeap;
    private volatile long maxRss;
    private volatile boolean running = true;
    private Thread thread;

    void start() {
      thread = started(() -> {
        while (running) {
          maxHeap = Math.max(maxHeap, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
          maxRss = Math.max(maxRss, rss());
          try {
            Thread.sleep(500);
          } catch (InterruptedException e) {
            return;
          }
        }
      });
    }

    synchronized void mark(String phase) {
      phases.put(phase, Map.of("maxHeapMb", maxHeap >> 20, "maxRssMb", maxRss >> 20));
      maxHeap = 0;
      maxRss = 0;
    }

    synchronized Map<String, Object> stop() {
      running = false;
      mark("queries");
      System.gc();
      Map<String, Object> result = new LinkedHashMap<>(phases);
      result.put("heapAfterGcMb", ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20);
      result.put("rssMb", rss() >> 20);
      result.put("maxHeapSettingMb", Runtime.getRuntime().maxMemory() >> 20);
      return result;
    }

    private static long rss() {
      try {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
          if (line.startsWith("VmRSS:")) {
            return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
          }
        }
      } catch (Exception e) {
        return 0;
      }
      return 0;
    }
  }

  // ---------------------------------------------------------------- the report

  @SuppressWarnings("unchecked")
  private void report() throws Exception {
    Path dir = Path.of("target", "bench");
    Files.createDirectories(dir);
    Path file = dir.resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".json");
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), figures);

    var e2e = (Map<String, Object>) figures.get("endToEnd");
    var e2ePoDesk = (Map<String, Object>) e2e.get("podesk");
    var e2eBare = (Map<String, Object>) e2e.get("bare");
    var latency = (Map<String, Object>) figures.get("intakeLatency");
    var open = (Map<String, Object>) latency.get("openLoop");
    var c8 = (Map<String, Object>) latency.get("closedLoop8");
    var c32 = (Map<String, Object>) latency.get("closedLoop32");
    var storm = (Map<String, Object>) figures.get("timerStorm");
    var stormPoDesk = (Map<String, Object>) storm.get("podesk");
    var stormBare = (Map<String, Object>) storm.get("bare");
    var queries = (Map<String, Object>) figures.get("queries");
    var p95 = (Map<String, Object>) queries.get("p95Millis");
    var lifecycle = (Map<String, Object>) figures.get("perLifecycle");
    var auto = (Map<String, Object>) lifecycle.get("autoPath");
    var review = (Map<String, Object>) lifecycle.get("oneApprovalPath");
    var memory = (Map<String, Object>) figures.get("memory");
    double worstQuery = p95.values().stream().mapToDouble(v -> (Double) v).max().orElse(0);

    StringBuilder t = new StringBuilder("\n");
    t.append("PO Desk benchmark  scale=").append(scale).append("  label=").append(figures.get("label")).append('\n');
    t.append("load at start: ").append(figures.get("loadAtStart")).append("   at end: ")
        .append(figures.get("loadAtEnd")).append("   cpus: ").append(figures.get("cpus")).append('\n');
    t.append("settings: ").append(figures.get("settings")).append('\n');
    String row = "| %-52s | %-22s | %-16s | %-22s |%n";
    t.append(String.format(row, "figure", "PO Desk", "bare engine", "target"));
    t.append(String.format(row, "-".repeat(52), "-".repeat(22), "-".repeat(16), "-".repeat(22)));
    t.append(String.format(row, "(a) auto-approved POs to INVOICED per s (" + e2ePoDesk.get("orders") + ")",
        e2ePoDesk.get("completedPerSecond"), e2eBare.get("completedPerSecond"),
        "ratio " + e2e.get("ratio") + " (>= 0.7) " + ok((double) e2e.get("ratio") >= 0.7)));
    t.append(String.format(row, "    intake / pushed to ERP per s", e2ePoDesk.get("intakePerSecond") + " / "
        + e2ePoDesk.get("pushedToErpPerSecond"), "", ""));
    t.append(String.format(row, "(b) intake at " + open.get("ratePerSecond") + "/s open loop p50 / p99 ms",
        open.get("p50") + " / " + open.get("p99"), "", "p99 < 100 " + ok((double) open.get("p99") < 100)));
    t.append(String.format(row, "    8 clients: p50 / p99 ms (POs/s)", c8.get("p50") + " / " + c8.get("p99")
        + " (" + c8.get("perSecond") + ")", "", ""));
    t.append(String.format(row, "    32 clients: p50 / p99 ms (POs/s)", c32.get("p50") + " / " + c32.get("p99")
        + " (" + c32.get("perSecond") + ")", "", ""));
    t.append(String.format(row, "(c) " + stormPoDesk.get("timers") + " reminder timers due at once: drain s",
        stormPoDesk.get("drainSeconds"), stormBare.get("drainSeconds") + " (" + stormBare.get("timers") + ")",
        "ratio " + storm.get("ratio") + " (<= 1.5) " + ok((double) storm.get("ratio") <= 1.5)));
    t.append(String.format(row, "    of which jobs done (then the mails), s", stormPoDesk.get("jobsDrainSeconds"),
        "", ""));
    for (var entry : p95.entrySet()) {
      t.append(String.format(row, "(d) p95 ms " + entry.getKey(), entry.getValue(), "",
          "< 50 " + ok((Double) entry.getValue() < 50)));
    }
    t.append(String.format(row, "    (" + queries.get("ordersInDatabase") + " POs in the database)", "", "", ""));
    var bareAuto = (Map<String, Object>) lifecycle.get("bareAutoPath");
    t.append(String.format(row, "(e) auto path: statements / commits / rows inserted", auto.get("statements") + " / "
        + auto.get("commits") + " / " + auto.get("insertedRows"), bareAuto.get("statements") + " / "
        + bareAuto.get("commits") + " / " + bareAuto.get("insertedRows"), "per PO"));
    t.append(String.format(row, "    one approval: statements / commits / rows", review.get("statements") + " / "
        + review.get("commits") + " / " + review.get("insertedRows"), "", "per PO"));
    t.append(String.format(row, "(f) start-up s", figures.get("startupSeconds"), "", ""));
    var e2eMemory = (Map<String, Object>) memory.get("endToEnd");
    var stormMemory = (Map<String, Object>) memory.get("timerStorm");
    t.append(String.format(row, "    max heap / RSS MB (end to end)", e2eMemory.get("maxHeapMb") + " / "
        + e2eMemory.get("maxRssMb"), "", "one JVM: both"));
    t.append(String.format(row, "    max heap / RSS MB (timer storm)", stormMemory.get("maxHeapMb") + " / "
        + stormMemory.get("maxRssMb"), "", ""));
    t.append(String.format(row, "    heap after GC / RSS MB at the end", memory.get("heapAfterGcMb") + " / "
        + memory.get("rssMb"), "", ""));
    t.append("worst query p95: ").append(worstQuery).append(" ms\nfigures: ").append(file).append('\n');
    System.out.println(t);
  }

  private static String ok(boolean met) {
    return met ? "MET" : "MISSED";
  }
}
