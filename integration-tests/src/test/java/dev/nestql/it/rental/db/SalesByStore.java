package dev.nestql.it.rental.db;

import dev.nestql.Table;
import java.math.BigDecimal;
import javax.annotation.processing.Generated;

/**
 * The materialized view {@code sales_by_store}, read from the database's catalog by nestql's schema
 * generator.
 *
 * <p>No {@code @Id}: a materialized view has no primary key, so no {@code @ForeignKey} can
 * reference it.
 */
@Generated("dev.nestql.generator.SchemaGenerator")
@Table("sales_by_store")
public record SalesByStore(
        Integer storeId,
        String store,
        BigDecimal totalSales) {}
