package dev.nestql.it.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nestql.it.paging.HelpDesk.TicketBrief;
import dev.nestql.it.paging.HelpDesk.TicketSubject;
import dev.nestql.it.paging.HelpDesk.TicketView;
import dev.nestql.it.support.TestSchema;
import dev.nestql.query.InvalidPageTokenException;
import dev.nestql.query.Order;
import dev.nestql.testsupport.Json;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keyset paging ({@code after}, {@code before}, page tokens) on a help desk whose sort keys tie,
 * hold nulls and sort by collation: walking every page forward, and back from the last row, gives
 * exactly the rows of one read ordered by PostgreSQL with the {@code @Id} as the tie-break, read by
 * plain JDBC; through every terminal method; and tokens of another query, another order, or
 * altered ones are rejected with their message.
 */
class KeysetPagingTest {
    @RegisterExtension
    static final TestSchema db = new TestSchema("sql/paging.sql");

    private static final int PAGE = 7;
    private static final int TICKETS = 97;

    /** An order of the walk: nestql's keys, and the same order in plain SQL on {@code ticket t}. */
    record Walk(String name, List<Order<TicketView>> keys, String sql) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Walk> walks() {
        String notes = "(SELECT count(*) FROM note n WHERE n.ticket_id = t.id)";
        String lastNote = "(SELECT max(n.written_at) FROM note n WHERE n.ticket_id = t.id)";
        return Stream.of(
                new Walk("text, by collation", List.of(TicketViewQuery.SUBJECT.asc()), "t.subject ASC"),
                new Walk("text descending", List.of(TicketViewQuery.SUBJECT.desc()), "t.subject DESC"),
                new Walk("nullable number, nulls last", List.of(TicketViewQuery.PRIORITY.asc()), "t.priority ASC"),
                new Walk("nullable number descending, nulls first", List.of(TicketViewQuery.PRIORITY.desc()),
                        "t.priority DESC"),
                new Walk("numeric", List.of(TicketViewQuery.ESTIMATE.asc()), "t.estimate ASC"),
                new Walk("timestamp descending, then text", List.of(TicketViewQuery.OPENED_AT.desc(),
                        TicketViewQuery.SUBJECT.asc()), "t.opened_at DESC, t.subject ASC"),
                new Walk("nullable date, then nullable number descending", List.of(TicketViewQuery.DUE_ON.asc(),
                        TicketViewQuery.PRIORITY.desc()), "t.due_on ASC, t.priority DESC"),
                new Walk("enum", List.of(TicketViewQuery.STATUS.desc()), "t.status DESC"),
                new Walk("@Path", List.of(TicketViewQuery.TEAM_NAME.asc()),
                        "(SELECT m.name FROM team m WHERE m.id = t.team_id) ASC"),
                new Walk("aggregate", List.of(TicketViewQuery.NOTE_COUNT.desc()), notes + " DESC"),
                new Walk("nullable aggregate, then @Path", List.of(TicketViewQuery.LAST_NOTE.asc(),
                        TicketViewQuery.TEAM_NAME.desc()),
                        lastNote + " ASC, (SELECT m.name FROM team m WHERE m.id = t.team_id) DESC"),
                new Walk("the @Id descending", List.of(TicketViewQuery.ID.desc()), "t.id DESC"),
                new Walk("no order: the @Id", List.of(), "t.id ASC"));
    }

    @ParameterizedTest
    @MethodSource("walks")
    void walkingForwardAndBackGivesOneOrderedRead(Walk walk) throws SQLException {
        try (Connection connection = db.connection()) {
            check(connection, walk);
        }
    }

    @Test
    void positionsHoldTheirInstantsInSessionTimeZonesWestAndEastOfUtc() throws SQLException {
        for (String zone : List.of("America/St_Johns", "Asia/Kathmandu")) {
            try (Connection connection = db.connection()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET TIME ZONE '" + zone + "'");
                }
                walks().filter(walk -> walk.name().startsWith("timestamp") || walk.name().startsWith("nullable aggregate"))
                        .forEach(walk -> check(connection, walk));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static TicketViewQuery ordered(Walk walk) {
        return TicketViewQuery.select().orderBy(walk.keys().toArray(new Order[0]));
    }

    private static void check(Connection connection, Walk walk) {
        List<Long> expected = plainIds(connection, walk.sql());
        assertEquals(TICKETS, expected.size());
        List<TicketView> all = ordered(walk).list(connection);
        // The order made unique by the @Id, as the walk makes it.
        List<Order<TicketView>> unique = new ArrayList<>(walk.keys());
        unique.add(TicketViewQuery.ID.asc());
        @SuppressWarnings("unchecked")
        List<TicketView> one = TicketViewQuery.select().orderBy(unique.toArray(new Order[0])).list(connection);
        assertEquals(expected, ids(one), walk + ": nestql's one ordered read");

        TicketViewQuery pages = ordered(walk).limit(PAGE);
        List<TicketView> forward = new ArrayList<>();
        List<TicketView> page = pages.list(connection);
        for (int step = 0; !page.isEmpty(); step++) {
            assertTrue(page.size() <= PAGE);
            forward.addAll(page);
            TicketView last = page.get(page.size() - 1);
            // Every other page from the row itself, the others from its token.
            page = step % 2 == 0 ? pages.after(last).list(connection) : pages.after(pages.pageToken(last)).list(connection);
            assertTrue(step < TICKETS, "the walk does not end");
        }
        assertEquals(expected, ids(forward), walk + ": forward");
        assertEquals(one, forward, walk + ": the records of the pages, nested lists and aggregates included");

        List<TicketView> back = new ArrayList<>();
        TicketView anchor = one.get(one.size() - 1);
        back.add(anchor);
        page = pages.before(anchor).list(connection);
        for (int step = 0; !page.isEmpty(); step++) {
            assertTrue(page.size() <= PAGE);
            back.addAll(0, page);
            anchor = page.get(0);
            page = step % 2 == 0 ? pages.before(pages.pageToken(anchor)).list(connection)
                    : pages.before(anchor).list(connection);
            assertTrue(step < TICKETS, "the walk does not end");
        }
        assertEquals(expected, ids(back), walk + ": back");
        assertEquals(one, back, walk + ": the records of the pages walked back");
        assertTrue(all.size() == TICKETS);
    }

    /** The ticket ids in {@code order} then the id, as PostgreSQL orders them, read by plain JDBC. */
    private static List<Long> plainIds(Connection connection, String order) {
        List<Long> ids = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT t.id FROM ticket t ORDER BY " + order + ", t.id ASC")) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        return ids;
    }

    private static List<Long> ids(List<TicketView> tickets) {
        return tickets.stream().map(TicketView::id).collect(Collectors.toList());
    }

    private static List<Long> jsonIds(String json) {
        List<Long> ids = new ArrayList<>();
        for (Object ticket : (List<?>) Json.parse(json)) {
            ids.add(((Number) ((Map<?, ?>) ticket).get("id")).longValue());
        }
        return ids;
    }

    @Test
    void everyTerminalMethodReadsThePage() throws Exception {
        Walk walk = walks().filter(w -> w.name().startsWith("timestamp")).findFirst().orElseThrow();
        try (Connection connection = db.connection()) {
            List<Long> expected = plainIds(connection, walk.sql());
            List<TicketView> all = ordered(walk).list(connection);
            TicketView anchor = all.get(20);
            String token = ordered(walk).pageToken(anchor);
            List<Long> after = expected.subList(21, 21 + PAGE);
            List<Long> before = expected.subList(20 - PAGE, 20);

            for (TicketViewQuery query : List.of(ordered(walk).after(anchor).limit(PAGE),
                    ordered(walk).limit(PAGE).after(token))) {
                assertEquals(after, ids(query.list(connection)));
                assertEquals(after, ids(query.list(db.dataSource())));
                assertEquals(after.get(0), query.first(connection).orElseThrow().id());
                try (Stream<TicketView> rows = query.stream(connection)) {
                    assertEquals(query.list(connection), rows.collect(Collectors.toList()));
                }
                try (Stream<TicketView> rows = query.stream(db.dataSource())) {
                    assertEquals(after, ids(rows.collect(Collectors.toList())));
                }
                String json = query.json(connection);
                assertEquals(after, jsonIds(json));
                assertEquals(Json.parse(json), Json.parse(query.serverJson(connection)));
                StringWriter written = new StringWriter();
                assertEquals(PAGE, query.writeJson(connection, written));
                assertEquals(Json.parse(json), Json.parse(written.toString()));
                StringWriter server = new StringWriter();
                query.writeServerJson(connection, server);
                assertEquals(Json.parse(json), Json.parse(server.toString()));
                StringWriter first = new StringWriter();
                assertTrue(query.writeFirstJson(connection, first));
                assertEquals(((List<?>) Json.parse(json)).get(0), Json.parse(first.toString()));
                // The page position does not count; the limit does, as always.
                assertEquals(PAGE, query.count(connection));
                assertFalse(query.sql().contains("Reilly"), "values are bound, never written into the SQL");
            }

            TicketViewQuery previous = ordered(walk).before(token).limit(PAGE);
            assertEquals(before, ids(previous.list(connection)));
            assertEquals(before, jsonIds(previous.json(connection)));
            assertEquals(before, jsonIds(previous.serverJson(connection)));
            StringWriter written = new StringWriter();
            previous.writeJson(connection, written);
            assertEquals(before, jsonIds(written.toString()));
            try (Stream<TicketView> rows = previous.stream(connection)) {
                assertEquals(before, ids(rows.collect(Collectors.toList())));
            }
            // first() is limit(1): the row just before.
            assertEquals(expected.get(19), previous.first(connection).orElseThrow().id());
            // Without a limit, every row before, in the query's order.
            assertEquals(expected.subList(0, 20), ids(ordered(walk).before(anchor).list(connection)));
            assertEquals(expected.subList(21, TICKETS), ids(ordered(walk).after(anchor).list(connection)));
            assertEquals(TICKETS, ordered(walk).after(anchor).count(connection));
            assertEquals(TICKETS, ordered(walk).before(token).count(connection));
            // With a condition: the position narrows it, it does not replace it.
            List<TicketView> core = ordered(walk).where(TicketViewQuery.TEAM_NAME.eq("Core")).list(connection);
            assertEquals(core.subList(4, core.size()),
                    ordered(walk).where(TicketViewQuery.TEAM_NAME.eq("Core")).after(core.get(3)).list(connection));
        }
    }

    @Test
    void inTheCallersTransactionTheStatementsChangeNothing() throws SQLException {
        try (Connection connection = db.connection()) {
            connection.setAutoCommit(false);
            List<TicketView> all = TicketViewQuery.select().list(connection);
            TicketViewQuery pages = TicketViewQuery.select().limit(PAGE);
            assertEquals(all.subList(10, 10 + PAGE), pages.after(all.get(9)).list(connection));
            try (Stream<TicketView> rows = pages.before(all.get(9)).stream(connection)) {
                assertEquals(all.subList(2, 9), rows.collect(Collectors.toList()));
            }
            assertFalse(connection.getAutoCommit());
            connection.rollback();
        }
    }

    @Test
    void tokensOfAnotherOrderOrQueryClassAreRejected() throws SQLException {
        try (Connection connection = db.connection()) {
            TicketView row = TicketViewQuery.select().list(connection).get(5);
            String bySubject = TicketViewQuery.select().orderBy(TicketViewQuery.SUBJECT.asc()).pageToken(row);

            InvalidPageTokenException otherOrder = assertThrows(InvalidPageTokenException.class,
                    () -> TicketViewQuery.select().orderBy(TicketViewQuery.PRIORITY.asc()).after(bySubject).list(connection));
            assertEquals("the page token was made by another query class or for another order: it continues only a"
                    + " query of the class and order it came from (TicketViewQuery ordered by [t0.priority ASC,"
                    + " t0.id ASC])", otherOrder.getMessage());
            assertThrows(InvalidPageTokenException.class,
                    () -> TicketViewQuery.select().orderBy(TicketViewQuery.SUBJECT.desc()).before(bySubject).list(connection));

            TicketBrief brief = TicketBriefQuery.select().orderBy(TicketBriefQuery.SUBJECT.asc()).list(connection).get(5);
            String briefToken = TicketBriefQuery.select().orderBy(TicketBriefQuery.SUBJECT.asc()).pageToken(brief);
            assertNotEquals(briefToken, bySubject);
            InvalidPageTokenException otherQuery = assertThrows(InvalidPageTokenException.class,
                    () -> TicketViewQuery.select().orderBy(TicketViewQuery.SUBJECT.asc()).after(briefToken).list(connection));
            assertTrue(otherQuery.getMessage().startsWith("the page token was made by another query class"),
                    otherQuery.getMessage());
            // The same order on the same class continues.
            assertEquals(TicketViewQuery.select().orderBy(TicketViewQuery.SUBJECT.asc()).after(row).list(connection),
                    TicketViewQuery.select().orderBy(TicketViewQuery.SUBJECT.asc()).after(bySubject).list(connection));
        }
    }

    @Test
    void alteredTokensAreRejectedAtOnce() throws SQLException {
        try (Connection connection = db.connection()) {
            TicketView row = TicketViewQuery.select().list(connection).get(5);
            String token = TicketViewQuery.select().pageToken(row);
            assertTrue(token.matches("[A-Za-z0-9_-]+"), "URL-safe: " + token);
            List<String> altered = new ArrayList<>();
            for (int i = 0; i < token.length(); i += 3) {
                char c = token.charAt(i);
                altered.add(token.substring(0, i) + (c == 'A' ? 'B' : 'A') + token.substring(i + 1));
            }
            altered.add(token.substring(0, token.length() - 2));
            altered.add(token + "AA");
            altered.add("");
            altered.add("not a token!");
            for (String bad : altered) {
                InvalidPageTokenException e = assertThrows(InvalidPageTokenException.class,
                        () -> TicketViewQuery.select().after(bad), bad);
                assertTrue(e.getMessage().startsWith("not a page token of nestql's, or one that was altered ("), e.getMessage());
                assertTrue(e.getMessage().endsWith("): pass the token that pageToken(row) returned, unchanged"),
                        e.getMessage());
            }
        }
    }

    @Test
    void anOrderThatCannotBeMadeUniqueOrReadIsAClearError() throws SQLException {
        try (Connection connection = db.connection()) {
            TicketSubject subject = TicketSubjectQuery.select().list(connection).get(0);
            IllegalStateException noId = assertThrows(IllegalStateException.class,
                    () -> TicketSubjectQuery.select().orderBy(TicketSubjectQuery.SUBJECT.asc()).after(subject).list(connection));
            assertEquals("TicketSubjectQuery: the order key t0.id is not a component of TicketSubject, so keyset paging"
                    + " cannot read it from a row; keyset paging adds the table's @Id to an order to make it unique:"
                    + " add the @Id to the record, or order by keys that hold it", noId.getMessage());

            TicketView ticket = TicketViewQuery.select().list(connection).get(0);
            IllegalStateException notComponent = assertThrows(IllegalStateException.class,
                    () -> TicketViewQuery.select().orderBy(TicketViewQuery.TEAM_ID.asc()).pageToken(ticket));
            assertEquals("TicketViewQuery: the order key t0.team_id is not a component of TicketView, so keyset paging"
                    + " cannot read it from a row; order by the record's components", notComponent.getMessage());

            HelpDesk.EventView event = EventViewQuery.select().list(connection).get(0);
            IllegalStateException noUniqueKey = assertThrows(IllegalStateException.class,
                    () -> EventViewQuery.select().after(event).list(connection));
            assertEquals("EventViewQuery: keyset paging (after, before, pageToken) needs an order without ties, and the"
                    + " table has no @Id to break them; give the table an @Id", noUniqueKey.getMessage());
        }
    }
}
