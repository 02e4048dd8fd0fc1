package dev.nestql.it.binding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nestql.it.binding.Moments.MomentInstant;
import dev.nestql.it.binding.Moments.MomentView;
import dev.nestql.it.support.TestSchema;
import dev.nestql.query.Column;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code in(v)} selects the rows {@code eq(v)} selects, for times with nanoseconds that the driver
 * rounds (half up to microseconds; {@code timetz} truncated) and for values at the driver's
 * infinity thresholds: the array parameter's elements are written as the driver writes one value.
 */
class InAgreesWithEqTest {
    @RegisterExtension
    static final TestSchema db = new TestSchema("sql/moments.sql");

    private static final List<Integer> NANOS = List.of(0, 499, 500, 600, 1_500, 2_500, 999_999_999);

    @Test
    void timesWithNanoseconds() throws SQLException {
        try (Connection connection = db.connection()) {
            for (int nanos : NANOS) {
                check(connection, MomentViewQuery.T, LocalTime.of(10, 0, 0, nanos));
                check(connection, MomentViewQuery.TS, LocalDateTime.of(2024, 2, 29, 10, 0, 0, nanos));
                check(connection, MomentViewQuery.TZ, OffsetDateTime.of(2024, 2, 29, 10, 0, 0, nanos, ZoneOffset.UTC));
                check(connection, MomentViewQuery.TT, OffsetTime.of(10, 0, 0, nanos, ZoneOffset.UTC));
                checkInstant(connection, OffsetDateTime.of(2024, 2, 29, 12, 0, 0, nanos, ZoneOffset.ofHours(2)));
            }
            check(connection, MomentViewQuery.T, LocalTime.of(23, 59, 59, 999_999_500));
            check(connection, MomentViewQuery.T, LocalTime.MAX);
            check(connection, MomentViewQuery.TS, LocalDateTime.MAX.minusNanos(1));
            check(connection, MomentViewQuery.TS, LocalDateTime.MIN);
            check(connection, MomentViewQuery.TZ, OffsetDateTime.MAX.minusNanos(1));
            check(connection, MomentViewQuery.TZ, OffsetDateTime.MIN.plusNanos(1));
        }
    }

    private static <T> void check(Connection connection, Column<MomentView, T> column, T value) {
        List<Long> eq = ids(MomentViewQuery.select().where(column.eq(value)).orderBy(MomentViewQuery.ID.asc()).list(connection));
        List<Long> in = ids(MomentViewQuery.select().where(column.in(value)).orderBy(MomentViewQuery.ID.asc()).list(connection));
        assertEquals(eq, in, column + " " + value);
    }

    private static void checkInstant(Connection connection, OffsetDateTime value) {
        List<Long> eq = MomentInstantQuery.select().where(MomentInstantQuery.TZ.eq(value.toInstant())).list(connection)
                .stream().map(MomentInstant::id).sorted().toList();
        List<Long> in = MomentInstantQuery.select().where(MomentInstantQuery.TZ.in(value.toInstant())).list(connection)
                .stream().map(MomentInstant::id).sorted().toList();
        assertEquals(eq, in, "instant " + value);
    }

    private static List<Long> ids(List<MomentView> moments) {
        return moments.stream().map(MomentView::id).toList();
    }
}
