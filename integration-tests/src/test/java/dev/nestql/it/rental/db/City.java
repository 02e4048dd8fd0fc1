package dev.nestql.it.rental.db;

import dev.nestql.ForeignKey;
import dev.nestql.Id;
import dev.nestql.Table;
import javax.annotation.processing.Generated;

/**
 * The table {@code city}, read from the database's catalog by nestql's schema generator.
 */
@Generated("dev.nestql.generator.SchemaGenerator")
@Table("city")
public record City(
        @Id int cityId,
        String city,
        @ForeignKey(references = Country.class) int countryId,
        Long population) {}
