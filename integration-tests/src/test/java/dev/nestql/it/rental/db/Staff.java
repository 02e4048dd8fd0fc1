package dev.nestql.it.rental.db;

import dev.nestql.Column;
import dev.nestql.ForeignKey;
import dev.nestql.Id;
import dev.nestql.Table;
import java.time.OffsetTime;
import javax.annotation.processing.Generated;

/**
 * The table {@code staff}, read from the database's catalog by nestql's schema generator.
 *
 * @param role Created by a tool that quotes mixed-case names.
 */
@Generated("dev.nestql.generator.SchemaGenerator")
@Table("staff")
public record Staff(
        @Id int staffId,
        String firstName,
        String lastName,
        @ForeignKey(references = Address.class) int addressId,
        String email,
        @ForeignKey(references = Store.class) int storeId,
        @ForeignKey(references = Staff.class, name = "reportsToStaff") Integer reportsTo,
        boolean active,
        String username,
        byte[] passwordHash,
        byte[] picture,
        OffsetTime shiftStart,
        @Column("Role") String role) {}
