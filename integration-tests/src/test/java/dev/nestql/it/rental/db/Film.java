package dev.nestql.it.rental.db;

import dev.nestql.ForeignKey;
import dev.nestql.Id;
import dev.nestql.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * A film in the catalogue, whatever its copies.
 *
 * <p>The table {@code film}, read from the database's catalog by nestql's schema generator.
 *
 * @param originalLanguageId The language it was shot in, when it is dubbed.
 * @param length Running time in minutes.
 * @param rating Read as {@code String}: the enum mpaa_rating has labels that are no Java names,
 *     such as 'PG-13', so its values are read as text.
 */
@Generated("dev.nestql.generator.SchemaGenerator")
@Table("film")
public record Film(
        @Id int filmId,
        String title,
        String description,
        Integer releaseYear,
        @ForeignKey(references = Language.class, relatedName = "filmsByLanguage") short languageId,
        @ForeignKey(references = Language.class, relatedName = "filmsByOriginalLanguage") Short originalLanguageId,
        short rentalDuration,
        BigDecimal rentalRate,
        Short length,
        BigDecimal replacementCost,
        String rating,
        List<String> specialFeatures,
        String fulltext,
        OffsetDateTime lastUpdate) {}
