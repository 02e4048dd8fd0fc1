package dev.nestql.it.rental.db;

import dev.nestql.Table;
import java.math.BigDecimal;
import javax.annotation.processing.Generated;

/**
 * Films with their category and cast, for the shop front.
 *
 * <p>The view {@code film_list}, read from the database's catalog by nestql's schema generator.
 *
 * <p>No {@code @Id}: a view has no primary key, so no {@code @ForeignKey} can reference it.
 *
 * @param rating Read as {@code String}: the enum mpaa_rating has labels that are no Java names,
 *     such as 'PG-13', so its values are read as text.
 */
@Generated("dev.nestql.generator.SchemaGenerator")
@Table("film_list")
public record FilmList(
        Integer fid,
        String title,
        String description,
        String category,
        BigDecimal price,
        Short length,
        String rating,
        String actors) {}
