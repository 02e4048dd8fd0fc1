package dev.nestql.it.rental.db;

import dev.nestql.Column;
import dev.nestql.ForeignKey;
import dev.nestql.Id;
import dev.nestql.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.annotation.processing.Generated;

/**
 * The table {@code customer}, read from the database's catalog by nestql's schema generator.
 */
@Generated("dev.nestql.generator.SchemaGenerator")
@Table("customer")
public record Customer(
        @Id UUID customerId,
        @ForeignKey(references = Store.class) int storeId,
        @Column("firstName") String firstName,
        @Column("lastName") String lastName,
        String email,
        @ForeignKey(references = Address.class) Integer addressId,
        boolean active,
        LocalDate createDate,
        LocalDate birthDate,
        String preferences,
        List<String> tags,
        String lastIp,
        String deviceMac,
        String creditLimit) {}
