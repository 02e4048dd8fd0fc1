package dev.nestql.it.rental.db;

import dev.nestql.Column;
import dev.nestql.ForeignKey;
import dev.nestql.Id;
import dev.nestql.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import javax.annotation.processing.Generated;

/**
 * The table {@code user}, read from the database's catalog by nestql's schema generator.
 */
@Generated("dev.nestql.generator.SchemaGenerator")
@Table("user")
public record User(
        @Id long id,
        String login,
        @Column("displayName") String displayName,
        @ForeignKey(references = Customer.class) UUID customerId,
        OffsetDateTime createdAt) {}
