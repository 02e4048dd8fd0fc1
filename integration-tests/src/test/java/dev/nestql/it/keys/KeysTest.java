package dev.nestql.it.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nestql.it.keys.Keys.GaugeView;
import dev.nestql.it.keys.Keys.MemberText;
import dev.nestql.it.keys.Keys.MemberView;
import dev.nestql.it.keys.Keys.SampleView;
import dev.nestql.it.keys.Keys.TaskView;
import dev.nestql.it.keys.Keys.TeamView;
import dev.nestql.it.support.TestSchema;
import dev.nestql.testsupport.Json;
import dev.nestql.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Nested rows are matched to their parents by PostgreSQL's equality, and a String component reads
 * as PgJDBC's {@code getString} reads its column in a plain {@code SELECT}, on every path:
 * {@code list}, {@code first}, {@code stream} and {@code json}. Each expectation is read with
 * plain JDBC from the same rows, joined on the same keys.
 */
class KeysTest {
    @RegisterExtension
    static final TestSchema db = new TestSchema("sql/keys.sql");

    /** The schema, then {@code public}, where the citext type and its operators are. */
    private static DataSource data;

    @BeforeAll
    static void dataSource() {
        data = TestDatabase.dataSource(db.name() + ",public");
    }

    @Test
    void citextKeysEveryRow() throws SQLException {
        assertTeams(TeamViewQuery.select().orderBy(TeamViewQuery.RANK.asc()), "true", Long.MAX_VALUE);
    }

    @Test
    void citextKeysWithACondition() throws SQLException {
        assertTeams(TeamViewQuery.select().where(TeamViewQuery.RANK.le(3L)), "t.rank <= 3", Long.MAX_VALUE);
    }

    @Test
    void citextKeysOnAPage() throws SQLException {
        assertTeams(TeamViewQuery.select().orderBy(TeamViewQuery.RANK.asc()).limit(3), "true", 3);
        assertTeams(TeamViewQuery.select().where(TeamViewQuery.RANK.ge(2L)).orderBy(TeamViewQuery.RANK.asc()).limit(2),
                "t.rank >= 2", 2);
    }

    @Test
    void firstTeamHasEveryMemberItsKeyEquals() throws SQLException {
        Optional<TeamView> first = TeamViewQuery.select().orderBy(TeamViewQuery.RANK.asc()).first(data);

        TeamView expected = expectedTeams("true", 1).get(0);
        assertEquals(Optional.of(expected), first);
        // 'abc' = 'ABC' = 'Abc' in citext: three members, as a plain join reads them.
        assertEquals(3, expected.members().size());
    }

    @Test
    void doubleKeysEveryRow() throws SQLException {
        assertGauges(GaugeViewQuery.select().orderBy(GaugeViewQuery.RANK.asc()), "true", Long.MAX_VALUE);
    }

    @Test
    void doubleKeysWithAConditionAndOnAPage() throws SQLException {
        assertGauges(GaugeViewQuery.select().where(GaugeViewQuery.RANK.le(4L)), "g.rank <= 4", Long.MAX_VALUE);
        assertGauges(GaugeViewQuery.select().orderBy(GaugeViewQuery.RANK.asc()).limit(4), "true", 4);
    }

    @Test
    void zeroAndMinusZeroAreOneKey() throws SQLException {
        List<GaugeView> gauges = GaugeViewQuery.select().orderBy(GaugeViewQuery.RANK.asc()).list(data);

        // 0 = -0 in PostgreSQL: gauge 0 has the samples at 0 and at -0, and so has gauge -0.
        assertEquals(List.of(1L, 2L), gauges.get(0).samples().stream().map(SampleView::id).toList());
        assertEquals(List.of(1L, 2L), gauges.get(3).samples().stream().map(SampleView::id).toList());
    }

    @Test
    void stringsReadAsGetStringReadsThem() throws SQLException {
        List<TeamView> teams = TeamViewQuery.select().orderBy(TeamViewQuery.RANK.asc()).list(data);

        MemberView ann = teams.get(0).members().get(0);
        assertEquals("English             ", ann.lang());
        assertEquals("192.168.0.1", ann.ip());
        assertEquals("192.168.0.0/24", ann.net());
        assertEquals("t", ann.active());
        assertEquals("\"a string\"", ann.doc());
        assertEquals("\"a string\"", ann.docb());
        MemberView bob = teams.get(0).members().get(1);
        assertEquals("null", bob.doc());
        assertEquals("f", bob.active());
        assertEquals(ann.tasks().get(0).member(), teams.get(0).membersAsJson().get(0));
    }

    @Test
    void stringExpressionsReadAsGetStringReadsThem() throws SQLException {
        Map<Long, List<Keys.TaskExpression>> tasks = new LinkedHashMap<>();
        Map<Long, List<Keys.MemberExpression>> members = new LinkedHashMap<>();
        List<Keys.TeamExpressions> expected = new ArrayList<>();
        try (Connection connection = data.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet row = statement.executeQuery("SELECT m.id, k.id, CASE WHEN k.id > 2 THEN m2.active END"
                    + " FROM member m JOIN task k ON k.member_handle = m.handle"
                    + " LEFT JOIN member m2 ON m2.handle = k.member_handle ORDER BY k.id")) {
                while (row.next()) {
                    tasks.computeIfAbsent(row.getLong(1), id -> new ArrayList<>())
                            .add(new Keys.TaskExpression(row.getLong(2), row.getString(3)));
                }
            }
            try (ResultSet row = statement.executeQuery("SELECT t.rank, m.id, CASE WHEN m.id % 2 = 0 THEN m.ip END, m.lang"
                    + " FROM team t JOIN member m ON m.team_code = t.code ORDER BY m.id")) {
                while (row.next()) {
                    long id = row.getLong(2);
                    members.computeIfAbsent(row.getLong(1), rank -> new ArrayList<>()).add(new Keys.MemberExpression(
                            id, row.getString(3), row.getString(4), tasks.getOrDefault(id, List.of())));
                }
            }
            try (ResultSet row = statement.executeQuery("SELECT rank FROM team ORDER BY rank")) {
                while (row.next()) {
                    expected.add(new Keys.TeamExpressions(row.getLong(1), members.getOrDefault(row.getLong(1), List.of())));
                }
            }
        }
        TeamExpressionsQuery query = TeamExpressionsQuery.select().orderBy(TeamExpressionsQuery.RANK.asc());
        assertEquals(expected, query.list(data), "list");
        assertEquals(expected.subList(1, 3), query.where(TeamExpressionsQuery.RANK.ge(2L)).limit(2).list(data), "page");
        try (Stream<Keys.TeamExpressions> stream = query.stream(data)) {
            assertEquals(expected, stream.toList(), "stream");
        }
        assertEquals("English             ", expected.get(0).members().get(0).language());
    }

    private static void assertTeams(TeamViewQuery query, String condition, long limit) throws SQLException {
        List<TeamView> expected = expectedTeams(condition, limit);
        assertEquals(expected, query.list(data), "list");
        try (Stream<TeamView> stream = query.stream(data)) {
            assertEquals(expected, stream.toList(), "stream");
        }
        assertEquals(expected.stream().findFirst(), query.first(data), "first");
        Object json = Json.parse(query.json(data));
        if (condition.equals("true") && limit == Long.MAX_VALUE) {
            assertEquals(expected.stream().map(KeysTest::json).toList(), json, "json");
        } else {
            // Without an order, json() and list() may read the rows in different orders.
            assertEquals(expected.stream().map(KeysTest::json).collect(Collectors.toSet()),
                    new java.util.HashSet<>((List<?>) json), "json");
        }
    }

    private static void assertGauges(GaugeViewQuery query, String condition, long limit) throws SQLException {
        List<GaugeView> expected = expectedGauges(condition, limit);
        assertEquals(expected, query.list(data), "list");
        try (Stream<GaugeView> stream = query.stream(data)) {
            assertEquals(expected, stream.toList(), "stream");
        }
        assertEquals(expected.stream().findFirst(), query.first(data), "first");
    }

    /** The teams, each with the members and tasks a plain join on PostgreSQL's equality reads. */
    private static List<TeamView> expectedTeams(String condition, long limit) throws SQLException {
        Map<Long, MemberText> taskMembers = new LinkedHashMap<>();
        Map<Long, List<TaskView>> tasks = new LinkedHashMap<>();
        Map<Long, List<MemberView>> members = new LinkedHashMap<>();
        Map<Long, List<MemberText>> memberTexts = new LinkedHashMap<>();
        List<TeamView> teams = new ArrayList<>();
        try (Connection connection = data.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet row = statement.executeQuery(
                    "SELECT k.id, m.id, m.lang, m.ip, m.net, m.active, m.doc, m.docb"
                            + " FROM task k JOIN member m ON m.handle = k.member_handle")) {
                while (row.next()) {
                    taskMembers.put(row.getLong(1), memberText(row, 2));
                }
            }
            try (ResultSet row = statement.executeQuery(
                    "SELECT m.id, k.id, k.title FROM member m JOIN task k ON k.member_handle = m.handle ORDER BY k.id")) {
                while (row.next()) {
                    long task = row.getLong(2);
                    tasks.computeIfAbsent(row.getLong(1), id -> new ArrayList<>())
                            .add(new TaskView(task, row.getString(3), taskMembers.get(task)));
                }
            }
            try (ResultSet row = statement.executeQuery(
                    "SELECT t.rank, m.id, m.lang, m.ip, m.net, m.active, m.doc, m.docb, m.handle"
                            + " FROM team t JOIN member m ON m.team_code = t.code ORDER BY m.id")) {
                while (row.next()) {
                    MemberText text = memberText(row, 2);
                    members.computeIfAbsent(row.getLong(1), rank -> new ArrayList<>()).add(new MemberView(
                            text.id(), row.getString(9), text.lang(), text.ip(), text.net(), text.active(), text.doc(),
                            text.docb(), tasks.getOrDefault(text.id(), List.of())));
                    memberTexts.computeIfAbsent(row.getLong(1), rank -> new ArrayList<>()).add(text);
                }
            }
            try (ResultSet row = statement.executeQuery(
                    "SELECT t.code, t.rank FROM team t WHERE " + condition + " ORDER BY t.rank")) {
                while (row.next() && teams.size() < limit) {
                    long rank = row.getLong(2);
                    teams.add(new TeamView(row.getString(1), rank, members.getOrDefault(rank, List.of()),
                            memberTexts.getOrDefault(rank, List.of())));
                }
            }
        }
        return teams;
    }

    private static MemberText memberText(ResultSet row, int from) throws SQLException {
        return new MemberText(row.getLong(from), row.getString(from + 1), row.getString(from + 2),
                row.getString(from + 3), row.getString(from + 4), row.getString(from + 5), row.getString(from + 6));
    }

    private static List<GaugeView> expectedGauges(String condition, long limit) throws SQLException {
        Map<Long, List<SampleView>> samples = new LinkedHashMap<>();
        List<GaugeView> gauges = new ArrayList<>();
        try (Connection connection = data.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet row = statement.executeQuery("SELECT g.rank, s.id, s.gauge_reading"
                    + " FROM gauge g JOIN sample s ON s.gauge_reading = g.reading ORDER BY s.id")) {
                while (row.next()) {
                    samples.computeIfAbsent(row.getLong(1), rank -> new ArrayList<>())
                            .add(new SampleView(row.getLong(2), row.getDouble(3)));
                }
            }
            try (ResultSet row = statement.executeQuery(
                    "SELECT g.reading, g.rank FROM gauge g WHERE " + condition + " ORDER BY g.rank")) {
                while (row.next() && gauges.size() < limit) {
                    long rank = row.getLong(2);
                    gauges.add(new GaugeView(row.getDouble(1), rank, samples.getOrDefault(rank, List.of())));
                }
            }
        }
        return gauges;
    }

    /**
     * A team as {@code json()} writes it, keyed by component names: PostgreSQL's JSON of each
     * column, so a json or jsonb column is embedded as JSON and a boolean is a JSON boolean.
     */
    private static Map<String, Object> json(TeamView team) {
        return Json.object("code", team.code(), "rank", team.rank(),
                "members", team.members().stream().map(KeysTest::json).toList(),
                "membersAsJson", team.membersAsJson().stream().map(KeysTest::json).toList());
    }

    private static Map<String, Object> json(MemberView member) {
        return Json.object("id", member.id(), "handle", member.handle(), "lang", member.lang(), "ip", member.ip(),
                "net", member.net(), "active", bool(member.active()), "doc", embedded(member.doc()),
                "docb", embedded(member.docb()),
                "tasks", member.tasks().stream().map(task -> Json.object(
                        "id", task.id(), "title", task.title(), "member", json(task.member()))).toList());
    }

    private static Map<String, Object> json(MemberText member) {
        return Json.object("id", member.id(), "lang", member.lang(), "ip", member.ip(), "net", member.net(),
                "active", bool(member.active()), "doc", embedded(member.doc()), "docb", embedded(member.docb()));
    }

    private static Boolean bool(String text) {
        return text == null ? null : text.equals("t");
    }

    private static Object embedded(String json) {
        return json == null ? null : Json.parse(json);
    }
}
