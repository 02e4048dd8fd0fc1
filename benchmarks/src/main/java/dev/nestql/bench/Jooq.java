package dev.nestql.bench;

import java.sql.Connection;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/** The jOOQ peers' context, shared by the workloads that have a jOOQ peer. */
public final class Jooq {
    private Jooq() {}

    /** A jOOQ context on {@code connection}, made once per benchmark state as a user would. */
    public static DSLContext on(Connection connection) {
        // jOOQ prints a logo and tips on first use; they would interleave with JMH's output.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        return DSL.using(connection, SQLDialect.POSTGRES, new Settings().withExecuteLogging(false));
    }
}
