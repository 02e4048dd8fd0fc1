package dev.nestql.it.rental.db;

import dev.nestql.ForeignKey;
import dev.nestql.Table;
import javax.annotation.processing.Generated;

/**
 * The table {@code film_category}, read from the database's catalog by nestql's schema generator.
 *
 * <p>No {@code @Id}: the primary key (film_id, category_id) has 2 columns, and nestql's relations
 * follow single-column keys.
 */
@Generated("dev.nestql.generator.SchemaGenerator")
@Table("film_category")
public record FilmCategory(
        @ForeignKey(references = Film.class) int filmId,
        @ForeignKey(references = Category.class) int categoryId) {}
