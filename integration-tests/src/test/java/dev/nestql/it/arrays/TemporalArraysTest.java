package dev.nestql.it.arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nestql.Interval;
import dev.nestql.it.arrays.Slots.ScheduleView;
import dev.nestql.it.arrays.Slots.SlotMoments;
import dev.nestql.it.arrays.Slots.SlotView;
import dev.nestql.it.support.TestSchema;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Arrays of dates, times and intervals read element by element as PgJDBC's {@code getObject}
 * reads each element of {@code unnest(array)} (intervals: PostgreSQL's {@code extract} of each
 * field), on every path, under session time zones west and east of UTC and under the
 * {@code IntervalStyle}s that change their text.
 */
class TemporalArraysTest {
    @RegisterExtension
    static final TestSchema db = new TestSchema("sql/temporal_arrays.sql");

    @Test
    void everyPathReadsEachElementAsGetObjectReadsIt() throws SQLException {
        // The driver refuses any DateStyle but ISO, so only the time zone and IntervalStyle vary.
        for (String settings : List.of("SET TIME ZONE 'America/New_York'; SET IntervalStyle = 'sql_standard'",
                "SET TIME ZONE 'Asia/Kolkata'; SET IntervalStyle = 'postgres_verbose'",
                "SET TIME ZONE 'UTC'; SET IntervalStyle = 'iso_8601'")) {
            try (Connection connection = db.connection()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute(settings);
                }
                List<SlotView> expected = List.of(slot(connection, 1), slot(connection, 2), slot(connection, 3));
                assertEquals(LocalDate.MAX, expected.get(0).days().get(1), settings);
                assertEquals(LocalTime.MAX, expected.get(0).times().get(1), settings);

                SlotViewQuery all = SlotViewQuery.select().orderBy(SlotViewQuery.ID.asc());
                assertEquals(expected, all.list(connection), settings);
                try (Stream<SlotView> rows = all.stream(connection)) {
                    assertEquals(expected, rows.toList(), settings);
                }
                ScheduleViewQuery schedules = ScheduleViewQuery.select().orderBy(ScheduleViewQuery.ID.asc());
                for (List<ScheduleView> read : List.of(schedules.list(connection), schedules.stream(connection).toList())) {
                    assertEquals(List.of(new ScheduleView(1, expected, expected), new ScheduleView(2, List.of(), List.of())),
                            read, settings);
                }
                List<SlotMoments> moments = SlotMomentsQuery.select().orderBy(SlotMomentsQuery.ID.asc()).list(connection);
                assertEquals(expected.get(0).moments().stream().map(OffsetDateTime::toInstant).toList(),
                        moments.get(0).moments(), settings);
                // Conditions on the arrays bind their elements as the driver binds one value.
                assertEquals(List.of(1L), SlotViewQuery.select().where(SlotViewQuery.DAYS.contains(LocalDate.MAX,
                        LocalDate.of(-43, 3, 15))).list(connection).stream().map(SlotView::id).toList(), settings);
                assertEquals(List.of(1L), SlotViewQuery.select().where(SlotViewQuery.GAPS.contains(
                        new Interval(0, -1, -7_200_000_000L))).list(connection).stream().map(SlotView::id).toList(), settings);
            }
        }
    }

    /** Slot {@code id} from plain JDBC: each element of each array through {@code unnest}. */
    private static SlotView slot(Connection connection, long id) throws SQLException {
        return new SlotView(id,
                elements(connection, id, "days", rows -> rows.getObject(1, LocalDate.class)),
                elements(connection, id, "times", rows -> rows.getObject(1, LocalTime.class)),
                elements(connection, id, "stamps", rows -> rows.getObject(1, LocalDateTime.class)),
                elements(connection, id, "moments", rows -> rows.getObject(1, OffsetDateTime.class)),
                elements(connection, id, "zoned", rows -> rows.getObject(1, OffsetTime.class)),
                elements(connection, id, "gaps", rows -> rows.getObject(2) == null ? null : new Interval(rows.getInt(2),
                        rows.getInt(3), rows.getLong(4))));
    }

    private interface Element<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private static <T> List<T> elements(Connection connection, long id, String column, Element<T> element)
            throws SQLException {
        try (Statement statement = connection.createStatement()) {
            try (ResultSet isNull = statement.executeQuery("SELECT " + column + " IS NULL FROM slot WHERE id = " + id)) {
                isNull.next();
                if (isNull.getBoolean(1)) {
                    return null;
                }
            }
            String fields = column.equals("gaps")
                    ? "e, (extract(year FROM e) * 12 + extract(month FROM e))::int, extract(day FROM e)::int,"
                            + " ((extract(hour FROM e) * 3600 + extract(minute FROM e) * 60) * 1000000"
                            + " + extract(microseconds FROM e))::bigint"
                    : "e";
            List<T> list = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT " + fields + " FROM slot, unnest(" + column
                    + ") WITH ORDINALITY AS u(e, n) WHERE id = " + id + " ORDER BY n")) {
                while (rows.next()) {
                    list.add(rows.getObject(1) == null ? null : element.read(rows));
                }
            }
            return list;
        }
    }
}
