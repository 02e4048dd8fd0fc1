package dev.nestql.it.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nestql.it.support.TestSchema;
import dev.nestql.it.values.ValueSchema.OwnerFirstValues;
import dev.nestql.it.values.ValueSchema.OwnerValues;
import dev.nestql.it.values.ValueSchema.PinnedValue;
import dev.nestql.it.values.ValueSchema.ValueRow;
import dev.nestql.query.NestqlException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Values at the edges of PostgreSQL's types ({@code infinity}, BC dates, {@code 24:00:00}, years
 * past 9999, {@code timestamptz} in local mean time, numerics of more than 1,000 digits) read in
 * nested lists and nested records, which travel as JSON, must equal what plain JDBC reads from the
 * same columns. Session time zones west of UTC, east of it and with a half-hour offset; the JVM's
 * default zone is a fourth one, Australia/Adelaide, which must not matter.
 */
class ExactValuesTest {
    @RegisterExtension
    static final TestSchema db = new TestSchema("sql/values.sql");

    private static final String NEW_YORK = "America/New_York";
    private static final String TOKYO = "Asia/Tokyo";
    private static final String KOLKATA = "Asia/Kolkata";

    private static TimeZone jvmZone;

    @BeforeAll
    static void setJvmZone() {
        jvmZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Australia/Adelaide"));
    }

    @AfterAll
    static void restoreJvmZone() {
        TimeZone.setDefault(jvmZone);
    }

    @ParameterizedTest
    @ValueSource(strings = {NEW_YORK, TOKYO, KOLKATA})
    void nestedListsReadWhatJdbcReads(String zone) throws Exception {
        try (Connection connection = connection(zone)) {
            List<ValueRow> expected = jdbcRows(connection, 1);
            OwnerValuesQuery query = OwnerValuesQuery.select().where(OwnerValuesQuery.ID.eq(1L));

            List<OwnerValues> streamed;
            try (Stream<OwnerValues> stream = query.stream(connection)) {
                streamed = stream.toList();
            }
            assertEquals(List.of(new OwnerValues(1, expected)), streamed);
            assertEquals(List.of(new OwnerValues(1, expected)), query.list(connection));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {NEW_YORK, TOKYO, KOLKATA})
    void nestedListsWithALimitReadWhatJdbcReads(String zone) throws Exception {
        try (Connection connection = connection(zone)) {
            List<ValueRow> expected = jdbcRows(connection, 1);
            OwnerFirstValuesQuery query = OwnerFirstValuesQuery.select().where(OwnerFirstValuesQuery.ID.eq(1L));

            List<OwnerFirstValues> streamed;
            try (Stream<OwnerFirstValues> stream = query.stream(connection)) {
                streamed = stream.toList();
            }
            assertEquals(List.of(new OwnerFirstValues(1, expected)), query.list(connection));
            assertEquals(List.of(new OwnerFirstValues(1, expected)), streamed);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {NEW_YORK, TOKYO, KOLKATA})
    void nestedRecordsReadWhatJdbcReads(String zone) throws Exception {
        try (Connection connection = connection(zone)) {
            List<PinnedValue> expected = jdbcRows(connection, 1).stream()
                    .map(value -> new PinnedValue(value.id() + 100, value))
                    .toList();
            PinnedValueQuery query = PinnedValueQuery.select()
                    .where(PinnedValueQuery.ID.le(107L))
                    .orderBy(PinnedValueQuery.ID.asc());

            List<PinnedValue> streamed;
            try (Stream<PinnedValue> stream = query.stream(connection)) {
                streamed = stream.toList();
            }
            assertEquals(expected, query.list(connection));
            assertEquals(expected, streamed);
        }
    }

    /**
     * {@code getBigDecimal} cannot read a numeric {@code NaN}; nor can a nested record, and its
     * error names the value.
     */
    @Test
    void numericNaNIsAnErrorNamingTheValue() throws Exception {
        try (Connection connection = connection(NEW_YORK)) {
            assertThrows(SQLException.class, () -> jdbcRows(connection, 2));

            PinnedValueQuery query = PinnedValueQuery.select().where(PinnedValueQuery.ID.eq(108L));
            NestqlException listed = assertThrows(NestqlException.class, () -> query.list(connection));
            NestqlException streamed = assertThrows(NestqlException.class, () -> {
                try (Stream<PinnedValue> stream = query.stream(connection)) {
                    stream.toList();
                }
            });
            for (NestqlException e : List.of(listed, streamed)) {
                assertTrue(e.getMessage().contains("numeric 'NaN' cannot be a BigDecimal"), e.getMessage());
            }
        }
    }

    /**
     * A connection whose session time zone is {@code zone}. It is set with {@code SET TIME ZONE}:
     * PgJDBC sends the JVM's zone as the {@code TimeZone} startup parameter, which overrides a
     * {@code -c TimeZone=} in the data source's {@code options}.
     */
    private static Connection connection(String zone) throws SQLException {
        Connection connection = db.connection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET TIME ZONE '" + zone + "'");
            try (ResultSet row = statement.executeQuery("SHOW TimeZone")) {
                row.next();
                assertEquals(zone, row.getString(1));
            }
        }
        return connection;
    }

    /**
     * The values of one owner as plain JDBC reads them, with the getters nestql uses for top-level
     * columns. A few are checked against what PgJDBC is known to return, so that the comparison
     * cannot pass on values both sides got wrong the same way.
     */
    private static List<ValueRow> jdbcRows(Connection connection, long owner) throws SQLException {
        List<ValueRow> rows = new java.util.ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, day, clock, stamp, stamp_tz, instant, amount, wall_clock, stamp_day "
                + "FROM special_value WHERE owner_id = ? ORDER BY id")) {
            select.setLong(1, owner);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    OffsetDateTime instant = row.getObject(6, OffsetDateTime.class);
                    OffsetDateTime wallClock = row.getObject(8, OffsetDateTime.class);
                    rows.add(new ValueRow(
                            row.getLong(1),
                            row.getObject(2, LocalDate.class),
                            row.getObject(3, LocalTime.class),
                            row.getObject(4, LocalDateTime.class),
                            row.getObject(5, OffsetDateTime.class),
                            instant == null ? null : instant.toInstant(),
                            row.getBigDecimal(7),
                            wallClock == null ? null : wallClock.toInstant(),
                            row.getObject(9, LocalDate.class)));
                }
            }
        }
        if (owner == 1) {
            assertEquals(new ValueRow(1, LocalDate.MAX, LocalTime.MAX, LocalDateTime.MAX, OffsetDateTime.MAX,
                    OffsetDateTime.MAX.toInstant(), BigDecimal.TEN.pow(1200), OffsetDateTime.MAX.toInstant(), LocalDate.MAX), rows.get(0));
            assertEquals(new ValueRow(3, LocalDate.of(-43, 3, 15), LocalTime.MIDNIGHT,
                    LocalDateTime.of(-43, 3, 15, 10, 11, 12, 123_456_000),
                    OffsetDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC),
                    Instant.parse("-0043-03-15T10:11:12.500Z"), new BigDecimal("7E-1501"),
                    Instant.parse("-0043-03-15T10:11:12.123456Z"), LocalDate.of(-43, 3, 15)), rows.get(2));
            assertEquals(LocalDate.MIN, rows.get(1).day());
            assertEquals(OffsetDateTime.MIN, rows.get(1).stampTz());
            assertEquals(LocalDate.of(0, 12, 31), rows.get(3).day());
            assertEquals(OffsetDateTime.of(-4712, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC), rows.get(3).stampTz());
            assertEquals(OffsetDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000, ZoneOffset.UTC), rows.get(4).stampTz());
        }
        return rows;
    }
}
