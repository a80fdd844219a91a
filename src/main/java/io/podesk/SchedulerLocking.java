package io.podesk;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled jobs that must run on one node at a time (module-event resubmission, document retention) take a ShedLock
 * row in the shared database, by the database's clock.
 */
@Configuration(proxyBeanMethods = false)
// a node that dies while it holds the lock frees it after this, unless the job names its own limit
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SchedulerLocking {

  @Bean
  LockProvider lockProvider(DataSource dataSource) {
    return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
        .withJdbcTemplate(new JdbcTemplate(dataSource))
        .usingDbTime()
        .build());
  }
}
