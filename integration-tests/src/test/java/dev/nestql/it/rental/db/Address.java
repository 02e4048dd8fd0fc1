package dev.nestql.it.rental.db;

import dev.nestql.ForeignKey;
import dev.nestql.Id;
import dev.nestql.Table;
import javax.annotation.processing.Generated;

/**
 * The table {@code address}, read from the database's catalog by nestql's schema generator.
 *
 * @param location Read as {@code String}: point has no Java type in nestql; it is read as
 *     PostgreSQL writes it.
 */
@Generated("dev.nestql.generator.SchemaGenerator")
@Table("address")
public record Address(
        @Id int addressId,
        String address,
        String address2,
        String district,
        @ForeignKey(references = City.class) int cityId,
        String postalCode,
        String phone,
        String location) {}
