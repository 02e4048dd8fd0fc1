package dev.nestql.it.rental.db;

import dev.nestql.Id;
import dev.nestql.Table;
import java.time.LocalDate;
import javax.annotation.processing.Generated;

/**
 * The table {@code shipment}, read from the database's catalog by nestql's schema generator.
 *
 * <p>The foreign key {@code shipment_order_id_line_no_fkey} (order_id, line_no) to {@code
 * order_line} has 2 columns; nestql's relations follow single-column keys, so it is not declared.
 */
@Generated("dev.nestql.generator.SchemaGenerator")
@Table("shipment")
public record Shipment(
        @Id long id,
        long orderId,
        int lineNo,
        String carrier,
        String trackingCode,
        LocalDate shippedOn) {}
