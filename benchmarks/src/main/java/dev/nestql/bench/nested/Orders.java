package dev.nestql.bench.nested;

import dev.nestql.ForeignKey;
import dev.nestql.Id;
import dev.nestql.Nested;
import dev.nestql.Projection;
import dev.nestql.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Workload 6's tables and projection: orders, each with its lines. */
public interface Orders {
    @Table("purchase_order")
    record PurchaseOrder(@Id long id, String customer, Instant placedAt) {}

    @Table("order_line")
    record OrderLine(
            @Id long id,
            @ForeignKey(references = PurchaseOrder.class, relatedName = "lines") long orderId,
            String sku,
            int quantity,
            BigDecimal unitPrice) {}

    @Projection(PurchaseOrder.class)
    record OrderView(long id, String customer, Instant placedAt,
            @Nested(value = "lines", orderBy = "id") List<LineView> lines) {}

    @Projection(OrderLine.class)
    record LineView(long id, String sku, int quantity, BigDecimal unitPrice) {}
}
