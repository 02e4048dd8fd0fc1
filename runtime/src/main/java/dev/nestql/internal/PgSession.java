package dev.nestql.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DateTimeException;
import java.time.ZoneId;
import org.postgresql.PGConnection;

/**
 * The settings of a session that PostgreSQL's JSON of a value depends on: {@code TimeZone} (a
 * {@code timestamptz}) and {@code IntervalStyle} (an {@code interval}). PostgreSQL reports both to
 * the driver whenever they change, so they are read from PgJDBC's connection without a round
 * trip; through another driver they are asked for with one query.
 *
 * @param zone the session's time zone, or {@code null} for a zone that Java does not know (a
 *     POSIX rule such as {@code <+03>-03}), whose texts Java cannot write
 * @param intervalStyle the session's {@code IntervalStyle}
 */
record PgSession(ZoneId zone, String intervalStyle) {
    private static final boolean DRIVER = driver();

    /** The settings of {@code connection}'s session now. */
    static PgSession of(Connection connection) throws SQLException {
        if (DRIVER) {
            String zone = null;
            String style = null;
            try {
                if (connection.isWrapperFor(PGConnection.class)) {
                    PGConnection driver = connection.unwrap(PGConnection.class);
                    zone = driver.getParameterStatus("TimeZone");
                    style = driver.getParameterStatus("IntervalStyle");
                }
            } catch (SQLException | RuntimeException | LinkageError e) {
                // Asked for below.
            }
            if (zone != null && style != null) {
                return new PgSession(zone(zone), style);
            }
        }
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT pg_catalog.current_setting('TimeZone'),"
                        + " pg_catalog.current_setting('IntervalStyle')")) {
            row.next();
            return new PgSession(zone(row.getString(1)), row.getString(2));
        }
    }

    private static ZoneId zone(String name) {
        try {
            return ZoneId.of(name);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean driver() {
        try {
            Class.forName("org.postgresql.PGConnection", false, PgSession.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
