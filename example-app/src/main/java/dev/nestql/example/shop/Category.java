package dev.nestql.example.shop;

import dev.nestql.ForeignKey;
import dev.nestql.Id;
import dev.nestql.Table;
import javax.annotation.processing.Generated;

/**
 * A category of products on a venue's menu.
 *
 * <p>The table {@code orders_category}, read from the database's catalog by nestql's schema
 * generator.
 */
@Generated("dev.nestql.generator.SchemaGenerator")
@Table("orders_category")
public record Category(
        @Id long id,
        String name,
        @ForeignKey(references = Venue.class) long venueId) {}
