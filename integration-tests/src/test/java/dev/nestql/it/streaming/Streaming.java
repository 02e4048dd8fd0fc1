package dev.nestql.it.streaming;

import dev.nestql.Id;
import dev.nestql.Projection;
import dev.nestql.Table;
import java.math.BigDecimal;

/** Tables read through cursors. */
public interface Streaming {
    @Table("stream_row")
    record StreamRow(@Id long id, String label) {}

    @Projection(StreamRow.class)
    record StreamView(long id, String label) {}

    @Table("million_row")
    record MillionRow(@Id long id, String label, BigDecimal amount) {}

    @Projection(MillionRow.class)
    record MillionView(long id, String label, BigDecimal amount) {}
}
