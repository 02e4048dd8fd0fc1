package dev.nestql.it.rental.db;

import dev.nestql.ForeignKey;
import dev.nestql.Id;
import dev.nestql.Table;
import java.time.LocalTime;
import javax.annotation.processing.Generated;

/**
 * The table {@code store}, read from the database's catalog by nestql's schema generator.
 */
@Generated("dev.nestql.generator.SchemaGenerator")
@Table("store")
public record Store(
        @Id int storeId,
        @ForeignKey(references = Staff.class) Integer managerStaffId,
        @ForeignKey(references = Address.class) int addressId,
        LocalTime opens,
        LocalTime closes) {}
