package dev.nestql.it.rental.db;

import dev.nestql.ForeignKey;
import dev.nestql.Id;
import dev.nestql.Table;
import java.time.OffsetDateTime;
import javax.annotation.processing.Generated;

/**
 * The table {@code inventory}, read from the database's catalog by nestql's schema generator.
 */
@Generated("dev.nestql.generator.SchemaGenerator")
@Table("inventory")
public record Inventory(
        @Id long inventoryId,
        @ForeignKey(references = Film.class) int filmId,
        @ForeignKey(references = Store.class) int storeId,
        OffsetDateTime lastUpdate) {}
