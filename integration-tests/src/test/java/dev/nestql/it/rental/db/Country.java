package dev.nestql.it.rental.db;

import dev.nestql.Id;
import dev.nestql.Table;
import javax.annotation.processing.Generated;

/**
 * The table {@code country}, read from the database's catalog by nestql's schema generator.
 */
@Generated("dev.nestql.generator.SchemaGenerator")
@Table("country")
public record Country(
        @Id int countryId,
        String country,
        String isoCode) {}
