package dev.nestql.it.rental.db;

import dev.nestql.ForeignKey;
import dev.nestql.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import javax.annotation.processing.Generated;

/**
 * Payments, partitioned by year.
 *
 * <p>The partitioned table (its partitions are read through it) {@code payment}, read from the
 * database's catalog by nestql's schema generator.
 *
 * <p>No {@code @Id}: the primary key (payment_id, payment_date) has 2 columns, and nestql's
 * relations follow single-column keys.
 */
@Generated("dev.nestql.generator.SchemaGenerator")
@Table("payment")
public record Payment(
        long paymentId,
        @ForeignKey(references = Customer.class) UUID customerId,
        @ForeignKey(references = Staff.class) int staffId,
        @ForeignKey(references = Rental.class) Long rentalId,
        BigDecimal amount,
        String currency,
        OffsetDateTime paymentDate) {}
