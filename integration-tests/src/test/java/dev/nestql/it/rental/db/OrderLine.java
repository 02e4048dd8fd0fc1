package dev.nestql.it.rental.db;

import dev.nestql.ForeignKey;
import dev.nestql.Table;
import java.math.BigDecimal;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The table {@code order_line}, read from the database's catalog by nestql's schema generator.
 *
 * <p>No {@code @Id}: the primary key (order_id, line_no) has 2 columns, and nestql's relations
 * follow single-column keys.
 */
@Generated("dev.nestql.generator.SchemaGenerator")
@Table("order_line")
public record OrderLine(
        @ForeignKey(references = Order.class) long orderId,
        int lineNo,
        @ForeignKey(references = Film.class) int filmId,
        int quantity,
        BigDecimal unitPrice,
        List<BigDecimal> discounts) {}
