package dev.nestql.it.safety;

import dev.nestql.Id;
import dev.nestql.Projection;
import dev.nestql.Sql;
import dev.nestql.Table;
import java.time.Instant;

/** The tables of the connection-safety tests. */
public interface Safety {
    @Table("event_row")
    record EventRow(@Id long id, Instant created) {}

    @Projection(EventRow.class)
    record EventView(long id, Instant created) {}

    /** Each row sleeps 20 ms in PostgreSQL: a statement over many rows runs into a statement timeout. */
    @Projection(EventRow.class)
    record SlowEventView(long id, @Sql("(SELECT {id} FROM pg_sleep(0.02 + 0 * {id}))") long slept) {}
}
