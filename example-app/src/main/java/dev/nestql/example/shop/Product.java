package dev.nestql.example.shop;

import dev.nestql.ForeignKey;
import dev.nestql.Id;
import dev.nestql.Table;
import javax.annotation.processing.Generated;

/**
 * A product; its category is optional.
 *
 * <p>The table {@code orders_product}, read from the database's catalog by nestql's schema
 * generator.
 *
 * @param categoryId NULL: not on any menu yet.
 * @param image NULL: no picture yet.
 */
@Generated("dev.nestql.generator.SchemaGenerator")
@Table("orders_product")
public record Product(
        @Id long id,
        String name,
        @ForeignKey(references = Category.class) Long categoryId,
        String image) {}
