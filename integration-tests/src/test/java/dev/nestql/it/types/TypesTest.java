package dev.nestql.it.types;

import static dev.nestql.testsupport.Json.object;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nestql.testsupport.Json;
import dev.nestql.it.support.TestSchema;
import dev.nestql.it.types.TypeSchema.AmountEntries;
import dev.nestql.it.types.TypeSchema.BlobRefs;
import dev.nestql.it.types.TypeSchema.BoxedKey;
import dev.nestql.it.types.TypeSchema.BoxedRow;
import dev.nestql.it.types.TypeSchema.Color;
import dev.nestql.it.types.TypeSchema.EntryId;
import dev.nestql.it.types.TypeSchema.HolderAggregates;
import dev.nestql.it.types.TypeSchema.HolderSorted;
import dev.nestql.it.types.TypeSchema.HolderView;
import dev.nestql.it.types.TypeSchema.Mood;
import dev.nestql.it.types.TypeSchema.MoodNotes;
import dev.nestql.it.types.TypeSchema.NoteBody;
import dev.nestql.it.types.TypeSchema.PrimitiveRow;
import dev.nestql.it.types.TypeSchema.RefId;
import dev.nestql.query.Condition;
import java.io.StringWriter;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every supported column type, with edge values, read three ways: as top-level records (plain JDBC
 * columns), nested in a parent (positional JSON decoded by nestql) and as JSON text. Reads run with
 * the session time zone set to Asia/Kathmandu (+05:45, and +05:41:16 local mean time before 1920).
 */
class TypesTest {
    @RegisterExtension
    static final TestSchema db = new TestSchema("sql/types.sql");

    private static final String KATHMANDU = "Asia/Kathmandu";

    private static final byte[] ALL_BYTES = new byte[256];

    static {
        for (int i = 0; i < 256; i++) {
            ALL_BYTES[i] = (byte) i;
        }
    }

    private static final String UNICODE = "Emoji \uD83D\uDE00 and \uD83C\uDDF3\uD83C\uDDF5, accents: caf\u00e9, na\u00efve, \u00c5ngstr\u00f6m, "
            + "Greek \u03a9, CJK \u4e2d\u6587, combining e\u0301";
    private static final String QUOTES = "single ' double \" backslash \\ and \\n which is not a newline, slash /";
    private static final String CONTROL = "control \u0001 newline \n tab \t carriage return \r unit separator \u001f end";
    private static final String ODD_WHITESPACE = "DEL \u007f, line separator \u2028, paragraph separator \u2029, nbsp \u00a0";

    private static final UUID UUID_1 = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
    private static final UUID UUID_2 = UUID.fromString("ffffffff-ffff-ffff-ffff-ffffffffffff");
    private static final UUID UUID_3 = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID UUID_4 = UUID.fromString("f47ac10b-58cc-4372-a567-0e02b2c3d479");
    private static final UUID UUID_5 = UUID.fromString("00000000-0000-0000-0000-000000000000");

    private static final BigDecimal HUGE = new BigDecimal("12345678901234567890.123456789012345678");

    /** Row 3's {@code stampTz} is written with the offset +05:30... */
    private static final OffsetDateTime INDIA = OffsetDateTime.of(2024, 2, 29, 13, 45, 30, 123_456_000, ZoneOffset.ofHoursMinutes(5, 30));
    /** ...and read back as the same instant in UTC. */
    private static final OffsetDateTime INDIA_IN_UTC = OffsetDateTime.of(2024, 2, 29, 8, 15, 30, 123_456_000, ZoneOffset.UTC);

    private static final BoxedRow BOXED_1 = new BoxedRow(1, true, Byte.MIN_VALUE, Short.MIN_VALUE, Integer.MIN_VALUE, Long.MIN_VALUE,
            Float.NaN, Double.NaN, '\u00e9', UNICODE, HUGE, UUID_1,
            LocalDate.of(1, 1, 1), LocalTime.MIDNIGHT, LocalDateTime.of(1, 1, 1, 0, 0),
            OffsetDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC), Instant.parse("0001-01-01T00:00:00Z"),
            ALL_BYTES, Color.RED, Mood.HAPPY);
    private static final BoxedRow BOXED_2 = new BoxedRow(2, false, Byte.MAX_VALUE, Short.MAX_VALUE, Integer.MAX_VALUE, Long.MAX_VALUE,
            Float.MAX_VALUE, Double.POSITIVE_INFINITY, '"', QUOTES, new BigDecimal("1.50"), UUID_2,
            LocalDate.of(9999, 12, 31), LocalTime.of(23, 59, 59, 999_999_000), LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000),
            OffsetDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000, ZoneOffset.UTC), Instant.parse("9999-12-31T23:59:59.999999Z"),
            new byte[0], Color.GREEN, Mood.SAD);
    private static final BoxedRow BOXED_3 = new BoxedRow(3, true, (byte) 0, (short) 0, 0, 0L,
            Float.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, '\\', CONTROL, new BigDecimal("-0.000000000000000000000000000001"), UUID_3,
            LocalDate.of(2024, 2, 29), LocalTime.of(12, 34, 56, 123_456_000), LocalDateTime.of(2024, 2, 29, 13, 45, 30, 123_456_000),
            INDIA_IN_UTC, Instant.parse("2024-02-29T08:15:30.000001Z"),
            new byte[] {0x00, (byte) 0xff, 0x10}, Color.BLUE, Mood.NEUTRAL);
    private static final BoxedRow BOXED_4 = new BoxedRow(4, false, (byte) 1, (short) 2, 3, 4L,
            Float.MIN_VALUE, Double.MIN_VALUE, '\u20ac', "", new BigDecimal("100"), UUID_4,
            LocalDate.of(1970, 1, 1), LocalTime.of(0, 0, 0, 1_000), LocalDateTime.of(1970, 1, 1, 0, 0, 0, 1_000),
            OffsetDateTime.of(1969, 12, 31, 23, 59, 59, 999_999_000, ZoneOffset.UTC), Instant.parse("1969-12-31T23:59:59.999999Z"),
            "\n".getBytes(), Color.RED, Mood.NEUTRAL);
    private static final BoxedRow BOXED_5 = new BoxedRow(5, true, (byte) -1, (short) -1, -1, -1L,
            0.1f, 0.1, 'Z', ODD_WHITESPACE, new BigDecimal("0.000"), UUID_5,
            LocalDate.of(2000, 1, 1), LocalTime.NOON, LocalDateTime.of(2000, 1, 1, 12, 0),
            OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC), Instant.parse("2000-01-01T00:00:00Z"),
            new byte[] {(byte) 0xfb, (byte) 0xff, (byte) 0xbf}, Color.BLUE, Mood.HAPPY);
    private static final BoxedRow BOXED_NULLS = new BoxedRow(6, null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null);
    private static final List<BoxedRow> BOXED = List.of(BOXED_1, BOXED_2, BOXED_3, BOXED_4, BOXED_5, BOXED_NULLS);

    private static final List<PrimitiveRow> PRIMITIVES = List.of(
            new PrimitiveRow(1, true, Byte.MIN_VALUE, Short.MIN_VALUE, Integer.MIN_VALUE, Long.MIN_VALUE, Float.NaN, Double.NaN, 'a'),
            new PrimitiveRow(2, false, Byte.MAX_VALUE, Short.MAX_VALUE, Integer.MAX_VALUE, Long.MAX_VALUE, Float.MAX_VALUE, Double.MAX_VALUE, '\''),
            new PrimitiveRow(3, true, (byte) 0, (short) 0, 0, 0L, Float.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, '"'),
            new PrimitiveRow(4, false, (byte) -1, (short) -1, -1, -1L, Float.MIN_VALUE, Double.MIN_VALUE, '\\'),
            new PrimitiveRow(5, true, (byte) 1, (short) 1, 1, 1L, 0.1f, 0.1, '\u00df'),
            new PrimitiveRow(6, false, (byte) 2, (short) 3, 4, 5L, -0.0f, -0.0, '\u0001'));

    @BeforeAll
    static void insertRowsByBindingJavaValues() throws Exception {
        try (Connection connection = db.connection()) {
            try (Statement statement = connection.createStatement()) {
                // Values are bound as Java objects, so the session zone of the writer must not matter.
                statement.execute("SET TIME ZONE 'America/St_Johns'");
                statement.execute("INSERT INTO holder (id, name) VALUES (1, 'all'), (2, 'none')");
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO boxed_value (id, holder_id, flag, tiny, small, "
                    + "medium, big, single, dbl, letter, text, amount, uuid, day, clock, stamp, stamp_tz, instant, bytes, color, mood) "
                    + "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (BoxedRow row : BOXED) {
                    insert.setLong(1, row.id());
                    insert.setObject(2, row.flag(), Types.BOOLEAN);
                    insert.setObject(3, row.tiny() == null ? null : row.tiny().shortValue(), Types.SMALLINT);
                    insert.setObject(4, row.small(), Types.SMALLINT);
                    insert.setObject(5, row.medium(), Types.INTEGER);
                    insert.setObject(6, row.big(), Types.BIGINT);
                    insert.setObject(7, row.single(), Types.REAL);
                    insert.setObject(8, row.dbl(), Types.DOUBLE);
                    insert.setString(9, row.letter() == null ? null : row.letter().toString());
                    insert.setString(10, row.text());
                    insert.setBigDecimal(11, row.amount());
                    insert.setObject(12, row.uuid());
                    insert.setObject(13, row.day(), Types.DATE);
                    insert.setObject(14, row.clock(), Types.TIME);
                    insert.setObject(15, row.stamp(), Types.TIMESTAMP);
                    insert.setObject(16, row.id() == 3 ? INDIA : row.stampTz(), Types.TIMESTAMP_WITH_TIMEZONE);
                    insert.setObject(17, row.instant() == null ? null : OffsetDateTime.ofInstant(row.instant(), ZoneOffset.UTC),
                            Types.TIMESTAMP_WITH_TIMEZONE);
                    insert.setBytes(18, row.bytes());
                    insert.setString(19, row.color() == null ? null : row.color().name());
                    insert.setObject(20, row.mood() == null ? null : row.mood().name(), Types.OTHER);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO primitive_value "
                    + "(id, holder_id, flag, tiny, small, medium, big, single, dbl, letter) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (PrimitiveRow row : PRIMITIVES) {
                    insert.setLong(1, row.id());
                    insert.setBoolean(2, row.flag());
                    insert.setShort(3, row.tiny());
                    insert.setShort(4, row.small());
                    insert.setInt(5, row.medium());
                    insert.setLong(6, row.big());
                    insert.setFloat(7, row.single());
                    insert.setDouble(8, row.dbl());
                    insert.setString(9, String.valueOf(row.letter()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
    }

    /** A connection whose session time zone is Asia/Kathmandu. */
    private static Connection kathmandu() throws SQLException {
        Connection connection = db.connection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET TIME ZONE '" + KATHMANDU + "'");
            try (ResultSet zone = statement.executeQuery("SHOW TimeZone")) {
                zone.next();
                assertEquals(KATHMANDU, zone.getString(1));
            }
        }
        return connection;
    }

    @Test
    void aggregatedBytesAreBase64InJsonAndFloatSumsKeepTheirDigits() throws Exception {
        try (Connection connection = kathmandu()) {
            HolderAggregates holder = HolderAggregatesQuery.select().where(HolderAggregatesQuery.ID.eq(1L))
                    .first(connection).orElseThrow();
            Map<?, ?> json = (Map<?, ?>) ((List<?>) Json.parse(HolderAggregatesQuery.select()
                    .where(HolderAggregatesQuery.ID.eq(1L)).json(connection))).get(0);
            double exact;
            try (Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery(
                            "SELECT sum(single::double precision) FROM boxed_value WHERE holder_id = 1")) {
                row.next();
                exact = row.getDouble(1);
            }

            assertNotNull(holder.lastBytes());
            assertEquals(Base64.getEncoder().encodeToString(holder.lastBytes()), json.get("lastBytes"));
            assertEquals(exact, holder.singleSum());
        }
    }

    @Test
    void topLevelRecordsRoundTripEveryValue() throws Exception {
        try (Connection connection = kathmandu()) {
            assertBoxedRows(BOXED, BoxedRowQuery.select().orderBy(BoxedRowQuery.ID.asc()).list(connection));
            assertEquals(PRIMITIVES, PrimitiveRowQuery.select().orderBy(PrimitiveRowQuery.ID.asc()).list(connection));
        }
    }

    @Test
    void nestedRecordsRoundTripEveryValue() throws Exception {
        try (Connection connection = kathmandu()) {
            List<HolderView> holders = HolderViewQuery.select().orderBy(HolderViewQuery.ID.asc()).list(connection);

            assertEquals(2, holders.size());
            HolderView all = holders.get(0);
            assertEquals(1, all.id());
            assertEquals("all", all.name());
            assertBoxedRows(BOXED, all.boxed());
            assertEquals(PRIMITIVES, all.primitives());
            assertEquals(new HolderView(2, "none", List.of(), List.of()), holders.get(1));
        }
    }

    /**
     * {@code list()} sends these lists as rows of their own and sorts them in Java; it must give
     * PostgreSQL's order: nulls last ascending and first descending. {@code stream()} reads the
     * same lists as JSON arrays sorted by PostgreSQL.
     */
    @Test
    void listsSortedInJavaFollowPostgresqlOrder() throws Exception {
        try (Connection connection = kathmandu()) {
            connection.setAutoCommit(false);
            try (Statement insert = connection.createStatement()) {
                insert.executeUpdate("INSERT INTO boxed_value (id, holder_id, medium, big, day) VALUES "
                        + "(10, 2, 5, NULL, DATE '2024-01-02'), (11, 2, NULL, 1, NULL), (12, 2, 5, 3, NULL), "
                        + "(13, 2, -2, NULL, DATE '2024-01-03'), (14, 2, NULL, 1, DATE '2024-01-02')");
            }
            try {
                HolderSorted sorted = HolderSortedQuery.select().where(HolderSortedQuery.ID.eq(2L)).first(connection)
                        .orElseThrow();
                assertEquals(List.of(11L, 14L, 10L, 12L, 13L), keyIds(sorted.byMediumDesc()));
                assertEquals(List.of(14L, 11L, 12L, 13L, 10L), keyIds(sorted.byBigAsc()));
                assertEquals(List.of(12L, 13L, 10L), keyIds(sorted.byDayDesc()));

                HolderSortedQuery all = HolderSortedQuery.select().orderBy(HolderSortedQuery.ID.desc());
                try (Stream<HolderSorted> streamed = all.stream(connection)) {
                    assertEquals(streamed.toList(), all.list(connection));
                }
            } finally {
                connection.rollback();
            }
        }
    }

    /** Children find their parents by keys of every type a key can have, as PostgreSQL's {@code =} matches them. */
    @Test
    void nestedListsMatchTheirParentsByEnumByteaAndNumericKeys() throws Exception {
        try (Connection connection = kathmandu()) {
            assertEquals(List.of(
                    new MoodNotes("meh", List.of()),
                    new MoodNotes("glad", List.of(new NoteBody(1, "sun"), new NoteBody(3, "beach"))),
                    new MoodNotes("blue", List.of(new NoteBody(2, "rain")))),
                    MoodNotesQuery.select().orderBy(MoodNotesQuery.LABEL.desc()).list(connection));
            assertEquals(List.of(
                    new BlobRefs("first", List.of(new RefId(7), new RefId(8))),
                    new BlobRefs("second", List.of())),
                    BlobRefsQuery.select().orderBy(BlobRefsQuery.NAME.asc()).list(connection));
            assertEquals(List.of(
                    new AmountEntries("one", List.of(new EntryId(20), new EntryId(22))),
                    new AmountEntries("two and a half", List.of(new EntryId(21)))),
                    AmountEntriesQuery.select().orderBy(AmountEntriesQuery.NAME.asc()).list(connection));
        }
    }

    private static List<Long> keyIds(List<BoxedKey> keys) {
        return keys.stream().map(BoxedKey::id).toList();
    }

    @Test
    void timestamptzComesBackAsTheSameInstantInUtc() throws Exception {
        try (Connection connection = kathmandu()) {
            BoxedRow top = BoxedRowQuery.select().where(BoxedRowQuery.ID.eq(3L)).list(connection).get(0);
            BoxedRow nested = HolderViewQuery.select().where(HolderViewQuery.ID.eq(1L)).list(connection).get(0).boxed().get(2);

            for (BoxedRow row : List.of(top, nested)) {
                assertEquals(INDIA_IN_UTC, row.stampTz());
                assertEquals(ZoneOffset.UTC, row.stampTz().getOffset());
                assertTrue(row.stampTz().isEqual(INDIA));
                // Not equal to what was written: the offset +05:30 is not kept.
                assertFalse(row.stampTz().equals(INDIA));
            }
        }
    }

    @Test
    void yearsPast9999ReadTheSameBothWays() throws Exception {
        BoxedRow future = new BoxedRow(7, null, null, null, null, null, null, null, null, null, null, null,
                LocalDate.of(12345, 6, 7), null, LocalDateTime.of(10000, 1, 1, 0, 0, 0, 500_000_000),
                OffsetDateTime.of(10000, 6, 1, 12, 0, 0, 0, ZoneOffset.UTC), Instant.parse("+10000-06-01T12:00:00.000001Z"),
                null, null, null);
        try (Connection connection = kathmandu()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO boxed_value (id, holder_id, day, stamp, stamp_tz, instant) VALUES (?, 2, ?, ?, ?, ?)")) {
                insert.setLong(1, future.id());
                insert.setObject(2, future.day(), Types.DATE);
                insert.setObject(3, future.stamp(), Types.TIMESTAMP);
                insert.setObject(4, future.stampTz(), Types.TIMESTAMP_WITH_TIMEZONE);
                insert.setObject(5, OffsetDateTime.ofInstant(future.instant(), ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
                insert.executeUpdate();
            }
            try {
                assertBoxedRows(List.of(future), BoxedRowQuery.select().where(BoxedRowQuery.ID.eq(7L)).list(connection));
                assertBoxedRows(List.of(future),
                        HolderViewQuery.select().where(HolderViewQuery.ID.eq(2L)).list(connection).get(0).boxed());
                Map<?, ?> json = (Map<?, ?>) ((List<?>) Json.parse(BoxedRowQuery.select().where(BoxedRowQuery.ID.eq(7L))
                        .json(connection))).get(0);
                assertEquals("12345-06-07", json.get("day"));
                assertEquals("10000-01-01T00:00:00.5", json.get("stamp"));
                assertEquals("10000-06-01T17:45:00+05:45", json.get("stampTz"));
            } finally {
                connection.rollback();
            }
        }
    }

    @Test
    void jsonRendersValuesAsPostgresqlDoes() throws Exception {
        try (Connection connection = kathmandu()) {
            String text = BoxedRowQuery.select().orderBy(BoxedRowQuery.ID.asc()).json(connection);
            List<?> rows = (List<?>) Json.parse(text);

            assertEquals(6, rows.size());
            assertEquals(object(
                    "id", 1L, "flag", true, "tiny", -128L, "small", -32768L, "medium", -2147483648L, "big", -9223372036854775808L,
                    "single", "NaN", "dbl", "NaN", "letter", "\u00e9", "text", UNICODE,
                    "amount", new BigDecimal("12345678901234567890.123456789012345678"),
                    "uuid", "123e4567-e89b-12d3-a456-426614174000", "day", "0001-01-01", "clock", "00:00:00",
                    "stamp", "0001-01-01T00:00:00",
                    // Kathmandu's local mean time, before 1920.
                    "stampTz", "0001-01-01T05:41:16+05:41:16", "instant", "0001-01-01T05:41:16+05:41:16",
                    "bytes", Base64.getEncoder().encodeToString(ALL_BYTES), "color", "RED", "mood", "HAPPY"),
                    rows.get(0));
            assertEquals(object(
                    "id", 2L, "flag", false, "tiny", 127L, "small", 32767L, "medium", 2147483647L, "big", 9223372036854775807L,
                    "single", new BigDecimal("3.4028235e+38"), "dbl", "Infinity", "letter", "\"", "text", QUOTES,
                    "amount", new BigDecimal("1.50"),
                    "uuid", "ffffffff-ffff-ffff-ffff-ffffffffffff", "day", "9999-12-31", "clock", "23:59:59.999999",
                    "stamp", "9999-12-31T23:59:59.999999",
                    "stampTz", "10000-01-01T05:44:59.999999+05:45", "instant", "10000-01-01T05:44:59.999999+05:45",
                    "bytes", "", "color", "GREEN", "mood", "SAD"),
                    rows.get(1));
            assertEquals(object(
                    "id", 3L, "flag", true, "tiny", 0L, "small", 0L, "medium", 0L, "big", 0L,
                    "single", "-Infinity", "dbl", "-Infinity", "letter", "\\", "text", CONTROL,
                    "amount", new BigDecimal("-0.000000000000000000000000000001"),
                    "uuid", "00000000-0000-0000-0000-000000000001", "day", "2024-02-29", "clock", "12:34:56.123456",
                    "stamp", "2024-02-29T13:45:30.123456",
                    "stampTz", "2024-02-29T14:00:30.123456+05:45", "instant", "2024-02-29T14:00:30.000001+05:45",
                    "bytes", "AP8Q", "color", "BLUE", "mood", "NEUTRAL"),
                    rows.get(2));
            Map<?, ?> row4 = (Map<?, ?>) rows.get(3);
            assertEquals(new BigDecimal("1e-45"), row4.get("single"));
            assertEquals(new BigDecimal("5e-324"), row4.get("dbl"));
            assertEquals("", row4.get("text"));
            assertEquals("Cg==", row4.get("bytes"));
            // Kathmandu was at +05:30 until 1986.
            assertEquals("1970-01-01T05:29:59.999999+05:30", row4.get("stampTz"));
            Map<?, ?> row5 = (Map<?, ?>) rows.get(4);
            assertEquals(new BigDecimal("0.1"), row5.get("single"));
            assertEquals(new BigDecimal("0.1"), row5.get("dbl"));
            assertEquals(new BigDecimal("0.000"), row5.get("amount"));
            assertEquals("+/+/", row5.get("bytes"));
            assertEquals(ODD_WHITESPACE, row5.get("text"));
            assertEquals(object("id", 6L, "flag", null, "tiny", null, "small", null, "medium", null, "big", null,
                    "single", null, "dbl", null, "letter", null, "text", null, "amount", null, "uuid", null, "day", null,
                    "clock", null, "stamp", null, "stampTz", null, "instant", null, "bytes", null, "color", null, "mood", null),
                    rows.get(5));
            // bytea is one base64 text: PostgreSQL's line breaks every 76 characters are removed.
            assertFalse(Base64.getEncoder().encodeToString(ALL_BYTES).contains("\n"));
            assertTrue(text.contains(Base64.getEncoder().encodeToString(ALL_BYTES)), "base64 without line breaks");

            List<?> primitives = (List<?>) Json.parse(PrimitiveRowQuery.select().orderBy(PrimitiveRowQuery.ID.asc()).json(connection));
            assertEquals(object("id", 1L, "flag", true, "tiny", -128L, "small", -32768L, "medium", -2147483648L,
                    "big", -9223372036854775808L, "single", "NaN", "dbl", "NaN", "letter", "a"), primitives.get(0));
            assertEquals(object("id", 2L, "flag", false, "tiny", 127L, "small", 32767L, "medium", 2147483647L,
                    "big", 9223372036854775807L, "single", new BigDecimal("3.4028235e+38"),
                    "dbl", new BigDecimal("1.7976931348623157e+308"), "letter", "'"), primitives.get(1));
            assertEquals("\u0001", ((Map<?, ?>) primitives.get(5)).get("letter"));
        }
    }

    @Test
    void nestedJsonHoldsTheSameObjectsAsTopLevelJson() throws Exception {
        try (Connection connection = kathmandu()) {
            Object boxed = Json.parse(BoxedRowQuery.select().orderBy(BoxedRowQuery.ID.asc()).json(connection));
            Object primitives = Json.parse(PrimitiveRowQuery.select().orderBy(PrimitiveRowQuery.ID.asc()).json(connection));

            assertEquals(List.of(
                    object("id", 1L, "name", "all", "boxed", boxed, "primitives", primitives),
                    object("id", 2L, "name", "none", "boxed", List.of(), "primitives", List.of())),
                    Json.parse(HolderViewQuery.select().orderBy(HolderViewQuery.ID.asc()).json(connection)));

            StringWriter out = new StringWriter();
            assertEquals(6, BoxedRowQuery.select().orderBy(BoxedRowQuery.ID.asc()).writeJson(connection, out));
            assertEquals(boxed, Json.parse(out.toString()));
        }
    }

    @Test
    void handlesOfEveryKindBindTheirValues() throws Exception {
        try (Connection connection = kathmandu()) {
            assertEquals(List.of(3L), ids(connection, BoxedRowQuery.UUID.eq(UUID_3)));
            assertEquals(List.of(3L, 4L, 5L),
                    ids(connection, BoxedRowQuery.DAY.ge(LocalDate.of(1970, 1, 1)).and(BoxedRowQuery.DAY.le(LocalDate.of(2024, 2, 29)))));
            assertEquals(List.of(1L), ids(connection, BoxedRowQuery.DAY.le(LocalDate.of(1, 1, 1))));
            assertEquals(List.of(1L, 4L), ids(connection, BoxedRowQuery.COLOR.eq(Color.RED)));
            assertEquals(List.of(2L, 3L, 5L), ids(connection, BoxedRowQuery.COLOR.ne(Color.RED)));
            assertEquals(List.of(1L, 5L), ids(connection, BoxedRowQuery.MOOD.eq(Mood.HAPPY)));
            assertEquals(List.of(2L, 3L, 4L), ids(connection, BoxedRowQuery.MOOD.in(Mood.SAD, Mood.NEUTRAL)));
            assertEquals(List.of(2L, 3L, 5L), ids(connection, BoxedRowQuery.INSTANT.gt(Instant.EPOCH)));
            // Microsecond precision: only row 4 lies in the last microsecond before the epoch.
            assertEquals(List.of(4L), ids(connection, BoxedRowQuery.INSTANT.ge(Instant.parse("1969-12-31T23:59:59.999999Z"))
                    .and(BoxedRowQuery.INSTANT.lt(Instant.EPOCH))));
            assertEquals(List.of(3L), ids(connection, BoxedRowQuery.STAMP_TZ.eq(INDIA)));
            assertEquals(List.of(3L), ids(connection, BoxedRowQuery.STAMP.eq(LocalDateTime.of(2024, 2, 29, 13, 45, 30, 123_456_000))));
            assertEquals(List.of(3L), ids(connection, BoxedRowQuery.CLOCK.eq(LocalTime.of(12, 34, 56, 123_456_000))));
            // numeric compares by value: 1.5 finds the stored 1.50.
            assertEquals(List.of(2L), ids(connection, BoxedRowQuery.AMOUNT.eq(new BigDecimal("1.5"))));
            assertEquals(List.of(1L), ids(connection, BoxedRowQuery.AMOUNT.eq(HUGE)));
            assertEquals(List.of(1L, 3L, 5L), ids(connection, BoxedRowQuery.FLAG.eq(true)));
            assertEquals(List.of(2L, 4L), ids(connection, BoxedRowQuery.FLAG.eq(false)));
            assertEquals(List.of(6L), ids(connection, BoxedRowQuery.BYTES.isNull()));
            assertEquals(List.of(1L, 2L, 3L, 4L, 5L), ids(connection, BoxedRowQuery.BYTES.isNotNull()));
            assertEquals(List.of(3L), ids(connection, BoxedRowQuery.BYTES.eq(new byte[] {0x00, (byte) 0xff, 0x10})));
            assertEquals(List.of(1L), ids(connection, BoxedRowQuery.TEXT.eq(UNICODE)));
            assertEquals(List.of(3L), ids(connection, BoxedRowQuery.TEXT.like("control \u0001%")));
            assertEquals(List.of(2L), ids(connection, BoxedRowQuery.LETTER.eq('"')));
            assertEquals(List.of(1L), ids(connection, BoxedRowQuery.BIG.eq(Long.MIN_VALUE)));
            assertEquals(List.of(2L), ids(connection, BoxedRowQuery.TINY.eq(Byte.MAX_VALUE)));
            assertEquals(List.of(1L, 2L, 3L, 4L, 5L), ids(connection, BoxedRowQuery.HOLDER_ID.eq(1L).and(BoxedRowQuery.MEDIUM.isNotNull())));

            // PostgreSQL orders NaN above every number and finds it equal to itself.
            assertEquals(List.of(1L), primitiveIds(connection, PrimitiveRowQuery.DBL.eq(Double.NaN)));
            assertEquals(List.of(1L, 3L), primitiveIds(connection, PrimitiveRowQuery.SINGLE.gt(Float.MAX_VALUE)));
            // A real compared with a float finds the value that was stored from that float.
            assertEquals(List.of(5L), primitiveIds(connection, PrimitiveRowQuery.SINGLE.eq(0.1f)));
            assertEquals(List.of(2L), primitiveIds(connection, PrimitiveRowQuery.SINGLE.eq(Float.MAX_VALUE)));
            assertEquals(List.of(5L), ids(connection, BoxedRowQuery.SINGLE.eq(0.1f)));
            assertEquals(List.of(5L), ids(connection, BoxedRowQuery.DBL.eq(0.1)));
            assertEquals(List.of(2L), primitiveIds(connection, PrimitiveRowQuery.LETTER.eq('\'')));
            assertEquals(List.of(2L, 4L, 6L), primitiveIds(connection, PrimitiveRowQuery.FLAG.eq(false)));
        }
    }

    private static List<Long> ids(Connection connection, Condition<BoxedRow> condition) {
        return BoxedRowQuery.select().where(condition).orderBy(BoxedRowQuery.ID.asc()).list(connection).stream()
                .map(BoxedRow::id).toList();
    }

    private static List<Long> primitiveIds(Connection connection, Condition<PrimitiveRow> condition) {
        return PrimitiveRowQuery.select().where(condition).orderBy(PrimitiveRowQuery.ID.asc()).list(connection).stream()
                .map(PrimitiveRow::id).toList();
    }

    /** Compares records component by component: {@code byte[]} by content, everything else by {@code equals}. */
    private static void assertBoxedRows(List<BoxedRow> expected, List<BoxedRow> actual) throws Exception {
        assertEquals(ids(expected), ids(actual));
        for (int i = 0; i < expected.size(); i++) {
            for (RecordComponent component : BoxedRow.class.getRecordComponents()) {
                Object want = component.getAccessor().invoke(expected.get(i));
                Object got = component.getAccessor().invoke(actual.get(i));
                String where = "row " + expected.get(i).id() + ", " + component.getName();
                if (component.getType() == byte[].class) {
                    if (want == null) {
                        assertNull(got, where);
                    } else {
                        assertArrayEquals((byte[]) want, (byte[]) got, where);
                    }
                } else {
                    assertEquals(want, got, where);
                }
            }
        }
    }

    private static List<Long> ids(List<BoxedRow> rows) {
        List<Long> ids = new ArrayList<>();
        for (BoxedRow row : rows) {
            ids.add(row.id());
        }
        return ids;
    }
}
