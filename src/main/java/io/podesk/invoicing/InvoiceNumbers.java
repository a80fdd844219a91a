package io.podesk.invoicing;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Year;
import javax.sql.DataSource;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
import org.springframework.stereotype.Component;

/** Invoice numbers from a database sequence, so several nodes never hand out the same one: INV-2026-001000. */
@Component
class InvoiceNumbers {

  private final DataFieldMaxValueIncrementer sequence;
  private final Clock clock;

  InvoiceNumbers(DataSource dataSource, Clock clock) throws SQLException {
    this.clock = clock;
    String product;
    try (var connection = dataSource.getConnection()) {
      product = connection.getMetaData().getDatabaseProductName().toLowerCase();
    }
    this.sequence = product.contains("postgres")
        ? new PostgresSequenceMaxValueIncrementer(dataSource, "invoice_number_seq")
        : new H2SequenceMaxValueIncrementer(dataSource, "invoice_number_seq");
  }

  String next() {
    return "INV-" + Year.now(clock) + "-" + String.format("%06d", sequence.nextLongValue());
  }
}
