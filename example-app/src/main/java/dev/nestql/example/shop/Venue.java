package dev.nestql.example.shop;

import dev.nestql.Id;
import dev.nestql.Table;
import javax.annotation.processing.Generated;

/**
 * A venue (a shop, a bar) with a menu of categories.
 *
 * <p>The table {@code orders_venue}, read from the database's catalog by nestql's schema generator.
 */
@Generated("dev.nestql.generator.SchemaGenerator")
@Table("orders_venue")
public record Venue(
        @Id long id,
        String name) {}
