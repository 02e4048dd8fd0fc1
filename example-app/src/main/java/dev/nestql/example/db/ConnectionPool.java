package dev.nestql.example.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.nestql.example.Settings;

/** The app's HikariCP pool. */
public final class ConnectionPool {
    private ConnectionPool() {}

    /**
     * A pool on {@code jdbcUrl} that opens at most {@link Settings#poolSize()} connections and
     * makes a caller wait at most {@link Settings#connectionTimeout()} for one. Every connection
     * works in UTC, so that the JSON PostgreSQL builds has the same timestamps wherever the app
     * runs, and has PostgreSQL cancel a statement after {@link Settings#statementTimeout()}.
     * Fails at once when the database cannot be reached.
     */
    public static HikariDataSource open(String jdbcUrl, Settings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("nestql-example");
        config.setJdbcUrl(jdbcUrl);
        config.setMaximumPoolSize(settings.poolSize());
        config.setConnectionTimeout(Math.max(250, settings.connectionTimeout().toMillis()));
        config.setConnectionInitSql("SET TIME ZONE 'UTC'; SET statement_timeout = "
                + Math.max(1, settings.statementTimeout().toMillis()));
        return new HikariDataSource(config);
    }
}
