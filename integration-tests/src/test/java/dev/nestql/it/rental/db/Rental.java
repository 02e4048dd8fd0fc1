package dev.nestql.it.rental.db;

import dev.nestql.ForeignKey;
import dev.nestql.Id;
import dev.nestql.Interval;
import dev.nestql.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import javax.annotation.processing.Generated;

/**
 * The table {@code rental}, read from the database's catalog by nestql's schema generator.
 *
 * @param planned Read as {@code String}: tstzrange has no Java type in nestql; it is read as
 *     PostgreSQL writes it.
 */
@Generated("dev.nestql.generator.SchemaGenerator")
@Table("rental")
public record Rental(
        @Id long rentalId,
        OffsetDateTime rentalDate,
        @ForeignKey(references = Inventory.class) long inventoryId,
        @ForeignKey(references = Customer.class) UUID customerId,
        OffsetDateTime returnDate,
        @ForeignKey(references = Staff.class) int staffId,
        String planned,
        Interval lateBy) {}
