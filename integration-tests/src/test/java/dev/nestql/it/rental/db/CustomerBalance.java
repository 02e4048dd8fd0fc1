package dev.nestql.it.rental.db;

import dev.nestql.Table;
import java.math.BigDecimal;
import java.util.UUID;
import javax.annotation.processing.Generated;

/**
 * The view {@code customer_balance}, read from the database's catalog by nestql's schema generator.
 *
 * <p>No {@code @Id}: a view has no primary key, so no {@code @ForeignKey} can reference it.
 */
@Generated("dev.nestql.generator.SchemaGenerator")
@Table("customer_balance")
public record CustomerBalance(
        UUID customerId,
        BigDecimal paid,
        Long rentals) {}
