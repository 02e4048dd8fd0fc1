package dev.nestql.internal;

import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

/**
 * The statement of {@code list} and {@code first} for a projection with nested lists, written by
 * the nestql processor: one {@code UNION ALL} branch per level, the top-level rows first, then
 * every nested list as rows of its own that name their parent by key. PostgreSQL sends plain
 * columns instead of building a JSON array per parent, and the generated reader stitches the
 * levels together.
 *
 * <p>The top-level branch is the projection's own statement with the query's condition, order
 * and paging, and each row's position in that order; a page (limit or offset) is selected once,
 * first. Each other branch selects the rows whose parent is among the keys of those top-level
 * rows: its SQL is {@link Branch#select}, then a statement that selects {@link Branch#rootKey}
 * from the top-level rows, then {@link Branch#end}.
 * When the query reads every top-level row, {@link Branch#wholeTable} needs no such statement.
 *
 * <p>For generated code only: see {@link dev.nestql.internal}.
 *
 * @param <P> the projection record
 */
public final class NestedRows<P> {
    private final String rootItems;
    private final String joins;
    private final List<Branch> branches;
    private final Reader<P> reader;

    /**
     * One nested level's branch, around the statement that selects its top-level keys.
     *
     * @param select the branch up to the statement of top-level keys
     * @param rootKey the select list of the statement of top-level keys: the column of the
     *     top-level table that the keys are read from, or, where the branch matches its rows to
     *     their parents by the text of the key, {@code DISTINCT}, that column and its text
     * @param end the rest of the branch
     * @param wholeTable the branch for a query without condition, limit or offset: it reads the
     *     nested rows of every top-level row, or more, without selecting the top-level keys
     */
    public record Branch(String select, String rootKey, String end, String wholeTable) {
        public Branch {
            Objects.requireNonNull(select, "select");
            Objects.requireNonNull(rootKey, "rootKey");
            Objects.requireNonNull(end, "end");
            Objects.requireNonNull(wholeTable, "wholeTable");
        }
    }

    /** Reads every row of the statement into the top-level records; generated per projection. */
    @FunctionalInterface
    public interface Reader<P> {
        /** Reads all rows of {@code rows}. */
        List<P> read(ResultSet rows) throws SQLException, IOException;
    }

    /**
     * @param rootItems the select list of the top-level branch after its level and position: the
     *     projection's columns, the keys of its nested lists, and typed {@code NULL}s in the
     *     columns of the other levels
     * @param joins the joins that the top-level table's path components need, each starting with a
     *     space, for reading the top-level rows from a page selected first
     * @param branches the branches of the nested levels
     * @param reader reads the rows into records
     */
    public NestedRows(String rootItems, String joins, List<Branch> branches, Reader<P> reader) {
        this.rootItems = Objects.requireNonNull(rootItems, "rootItems");
        this.joins = Objects.requireNonNull(joins, "joins");
        this.branches = List.copyOf(branches);
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    // Read by ProjectionQuery, in dev.nestql.query; internal, like the class.

    /** The select list of the top-level branch after its level and position. */
    public String rootItems() {
        return rootItems;
    }

    /** The joins that the top-level table's path components need, each starting with a space. */
    public String joins() {
        return joins;
    }

    /** The branches of the nested levels. */
    public List<Branch> branches() {
        return branches;
    }

    /** Reads the rows into records. */
    public Reader<P> reader() {
        return reader;
    }
}
