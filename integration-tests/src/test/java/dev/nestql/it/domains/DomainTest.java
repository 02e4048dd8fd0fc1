package dev.nestql.it.domains;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nestql.it.domains.Members.MemberView;
import dev.nestql.it.support.TestSchema;
import dev.nestql.query.Condition;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Domain columns read as PgJDBC reads them in a plain {@code SELECT}, through every terminal
 * method, and compare as their base types (a domain over {@code citext} case-insensitively).
 */
class DomainTest {
    @RegisterExtension
    static final TestSchema db = new TestSchema("sql/domains.sql").withPublic();

    @Test
    void domainsReadAsTheirBaseTypes() throws SQLException {
        try (Connection connection = db.connection()) {
            List<MemberView> expected = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT * FROM member ORDER BY id")) {
                while (rows.next()) {
                    expected.add(new MemberView(rows.getLong("id"), rows.getInt("visits"), rows.getString("email"),
                            rows.getBigDecimal("balance"), rows.getObject("born", LocalDate.class),
                            rows.getObject("ref", UUID.class)));
                }
            }
            assertEquals(LocalDate.MAX, expected.get(2).born());
            MemberViewQuery all = MemberViewQuery.select().orderBy(MemberViewQuery.ID.asc());
            assertEquals(expected, all.list(connection));
            try (Stream<MemberView> rows = all.stream(connection)) {
                assertEquals(expected, rows.toList());
            }
        }
    }

    @Test
    void domainsCompareAsTheirBaseTypes() throws SQLException {
        try (Connection connection = db.connection()) {
            check(connection, "visits > 2", MemberViewQuery.VISITS.gt(2));
            check(connection, "visits IN (1, 7)", MemberViewQuery.VISITS.in(1, 7));
            check(connection, "email = 'ada@example.org'", MemberViewQuery.EMAIL.eq("ada@example.org"));
            check(connection, "email LIKE 'GRACE%'", MemberViewQuery.EMAIL.like("GRACE%"));
            check(connection, "balance = 10.5", MemberViewQuery.BALANCE.eq(new BigDecimal("10.5")));
            check(connection, "balance < 0", MemberViewQuery.BALANCE.lt(BigDecimal.ZERO));
            check(connection, "born < '1900-01-01'", MemberViewQuery.BORN.lt(LocalDate.of(1900, 1, 1)));
            check(connection, "born = 'infinity'", MemberViewQuery.BORN.eq(LocalDate.MAX));
            check(connection, "ref IN ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11')",
                    MemberViewQuery.REF.in(UUID.fromString("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11")));
        }
    }

    private static void check(Connection connection, String sql, Condition<MemberView> condition) throws SQLException {
        List<Long> expected = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT id FROM member WHERE " + sql + " ORDER BY id")) {
            while (rows.next()) {
                expected.add(rows.getLong(1));
            }
        }
        assertEquals(expected, MemberViewQuery.select().where(condition).orderBy(MemberViewQuery.ID.asc())
                .list(connection).stream().map(MemberView::id).toList(), sql);
    }
}
