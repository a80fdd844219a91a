package io.podesk;

import java.time.Clock;
import java.util.concurrent.Executor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
@EnableScheduling
public class PoDeskApplication {

  public static void main(String[] args) {
    SpringApplication.run(PoDeskApplication.class, args);
  }

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  /**
   * The threads that deliver module events ({@code @ApplicationModuleListener} is asynchronous): a fixed few with a
   * queue. Without it Spring falls back to a new thread per event (the engine's own task executor keeps Boot from
   * making one), and a burst of orders opens more transactions than the connection pool has connections. Queued
   * events are safe: the event publication registry holds them until their listener completes.
   */
  @Bean
  AsyncConfigurer moduleEventThreads(
      @Value("${podesk.events.threads:4}") int threads) {
    var executor = new ThreadPoolTaskExecutor();
    executor.setCorePoolSize(threads);
    executor.setMaxPoolSize(threads);
    executor.setThreadNamePrefix("module-events-");
    executor.setWaitForTasksToCompleteOnShutdown(true);
    executor.setAwaitTerminationSeconds(10);
    executor.initialize();
    return new AsyncConfigurer() {
      @Override
      public Executor getAsyncExecutor() {
        return executor;
      }
    };
  }
}
