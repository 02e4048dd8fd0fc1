package dev.nestql.it.rental.db;

import dev.nestql.ForeignKey;
import dev.nestql.Id;
import dev.nestql.Table;
import java.time.OffsetDateTime;
import javax.annotation.processing.Generated;

/**
 * An order of the online shop; the table name was chosen by another tool.
 *
 * <p>The table {@code Order}, read from the database's catalog by nestql's schema generator.
 */
@Generated("dev.nestql.generator.SchemaGenerator")
@Table("Order")
public record Order(
        @Id long id,
        @ForeignKey(references = User.class) long userId,
        OrderStatus status,
        OffsetDateTime placedAt,
        String total,
        String note) {}
