package dev.nestql.internal;

import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads the current row of a result set into a projection record; generated query classes
 * implement one per projection. For generated code only: see {@link dev.nestql.internal}.
 *
 * @param <P> the projection record
 */
@FunctionalInterface
public interface RowReader<P> {
    /** Reads the current row of {@code row}. */
    P read(ResultSet row) throws SQLException, IOException;
}
