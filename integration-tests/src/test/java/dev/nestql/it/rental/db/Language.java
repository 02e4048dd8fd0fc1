package dev.nestql.it.rental.db;

import dev.nestql.Id;
import dev.nestql.Table;
import java.time.OffsetDateTime;
import javax.annotation.processing.Generated;

/**
 * Languages films are made and dubbed in.
 *
 * <p>The table {@code language}, read from the database's catalog by nestql's schema generator.
 */
@Generated("dev.nestql.generator.SchemaGenerator")
@Table("language")
public record Language(
        @Id short languageId,
        String name,
        OffsetDateTime lastUpdate) {}
