package dev.nestql.internal;

import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The parts of the statement of {@code list} and {@code first} for a projection with nested
 * lists, written by the nestql processor: one {@code UNION ALL} branch per level, the top-level
 * rows first, then every nested list as rows of its own that name their parent by key.
 * PostgreSQL sends plain columns instead of building a JSON array per parent, and the generated
 * reader stitches the levels together. {@link Statements#nestedRows} puts the parts together.
 *
 * <p>Each nested level's branch selects the rows whose parent is among the parents read, in one
 * of two forms ({@link Rows}): its rows matched to a statement of parent keys
 * ({@link Matched}), or joined to the distinct keys of the parents where the keys are matched by
 * their text ({@link KeysJoin}). The statements of keys nest level by level up to the top-level
 * rows ({@link TopLevelKeys}), whose statement depends on the call. A query that reads every
 * top-level row needs no keys: each branch then has a statement of its own, {@code everyRow}.
 *
 * <p>The top-level rows can also be read through a cursor, a batch at a time, and each batch's
 * nested rows with a statement of their own that selects the children of the batch's top-level
 * keys ({@link Statements#nestedRoots}, {@link Statements#nestedChildren}): so {@code stream} and
 * {@code writeJson} read nested lists as rows too, in memory bounded by a batch.
 *
 * <pre>{@code
 * NestedRows.builder(CityTreeQuery.Levels::new)
 *         .rootItems("t0.id, t0.name, NULL::smallint, NULL::text")
 *         .topLevelKey("t0.id", ColumnType.LONG)
 *         .branch(NestedRows.select("1, NULL, t1.city_id, NULL, t1.id, t1.street")
 *                         .from("address t1")
 *                         .whereKeyIn("t1.city_id", NestedRows.topLevelKeys("t0.id")),
 *                 "SELECT 1, NULL, t1.city_id, NULL, t1.id, t1.street FROM address t1")
 *         .build();
 * }</pre>
 *
 * For generated code only: see {@link dev.nestql.internal}.
 *
 * @param <P> the projection record
 */
public final class NestedRows<P> {
    private final String rootItems;
    private final List<Branch> branches;
    private final Supplier<? extends Tree<P>> trees;
    private final String topLevelKey;
    private final ColumnType<?> topLevelKeyType;

    /**
     * Puts the rows of the statement together, in any order: the top-level records at their
     * positions, each nested row in its parent's list. Generated per projection, one instance per
     * read (or per batch).
     */
    public abstract static class Tree<P> {
        private final RootRows<P> roots = new RootRows<>();

        /** For the generated subclass. */
        protected Tree() {}

        /** Reads one row: a top-level row (level 0, its position in column 2) or a nested one. */
        public abstract void read(ResultSet row) throws SQLException, IOException;

        /** Sorts every nested list by its sort keys; called once, after the last row. */
        protected abstract void sortLists();

        /** Adds a top-level record, at {@code position} (from 1) in the statement's order. */
        protected final void add(long position, P record) {
            roots.add(position, record);
        }

        /** The top-level records in order, their nested lists sorted. */
        public final List<P> records() {
            sortLists();
            return roots.list();
        }

        /** What to throw for a row whose level the statement does not have. */
        protected static IllegalStateException unknownLevel(int level) {
            return new IllegalStateException("level " + level + " is not a level of this statement");
        }
    }

    /**
     * A nested level's branch.
     *
     * @param rows its rows, restricted to the children of the top-level rows read
     * @param everyRow the whole branch for a query that reads every top-level row
     */
    public record Branch(Rows rows, String everyRow) {
        public Branch {
            Objects.requireNonNull(rows, "rows");
            Objects.requireNonNull(everyRow, "everyRow");
        }
    }

    /** How a branch selects the rows of its level from their parents' keys. */
    public sealed interface Rows permits Matched, KeysJoin, Ranked {}

    /**
     * The name of the column that ranks a level's rows within their parent's list,
     * {@code row_number() OVER (PARTITION BY parent key ORDER BY sort keys)}: the sort key the reader
     * sorts by where Java cannot compare the list's own keys (text, sorted by the database's
     * collation), and the rank a list's {@code limit} keeps.
     */
    public static final String RANK = "nestql_rank";

    /**
     * {@code SELECT * FROM (rows) r WHERE r.nestql_rank <= limit}: the first {@code limit} rows
     * of each parent's list, by the rank {@code rows} selects ({@link #RANK}).
     *
     * @param rows the rows, with their rank
     * @param limit how many rows of each list to keep
     */
    public record Ranked(Rows rows, long limit) implements Rows {
        public Ranked {
            Objects.requireNonNull(rows, "rows");
            if (rows instanceof Ranked) {
                throw new IllegalArgumentException("rows are ranked once");
            }
            if (limit <= 0) {
                throw new IllegalArgumentException("limit must be positive: " + limit);
            }
        }
    }

    /** A statement of parents' keys: those of the top-level rows read, or a nested level's. */
    public sealed interface Keys permits TopLevelKeys, Matched {}

    /**
     * {@code SELECT select FROM} the top-level rows the query reads.
     *
     * @param select the select list: the top-level column the keys are read from, or, for keys
     *     matched by their text, {@code DISTINCT}, that column and its text
     */
    public record TopLevelKeys(String select) implements Keys {
        public TopLevelKeys {
            Objects.requireNonNull(select, "select");
        }
    }

    /**
     * {@code SELECT select FROM from WHERE keyColumn = ANY(ARRAY(parent))}, and
     * {@code AND (condition)} when there is one: the rows of a level whose parents are among
     * {@code parent}'s keys. As a statement of keys, its select list is the key its child level
     * matches.
     *
     * @param select the select list
     * @param from the {@code FROM} clause, without the keyword
     * @param keyColumn the column of the parent's key
     * @param parent the statement of the parents' keys
     * @param condition the level's filter, or {@code ""}
     */
    public record Matched(String select, String from, String keyColumn, Keys parent, String condition)
            implements Rows, Keys {
        public Matched {
            Objects.requireNonNull(select, "select");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(keyColumn, "keyColumn");
            Objects.requireNonNull(parent, "parent");
            Objects.requireNonNull(condition, "condition");
        }

        /** These rows, those that also meet {@code condition}. */
        public Matched and(String condition) {
            return new Matched(select, from, keyColumn, parent, condition);
        }

        /** The first {@code limit} of these rows in each parent's list, by their rank ({@link Ranked}). */
        public Ranked limitPerParent(long limit) {
            return new Ranked(this, limit);
        }
    }

    /**
     * {@code SELECT select FROM (keys) k(key, text) joins}, and {@code WHERE condition} when there
     * is one: the rows of a level joined to the distinct keys of their parents, matched by the
     * keys' text.
     *
     * @param select the select list
     * @param keys the statement of the parents' keys, each with its text
     * @param joins the joins after the keys, each starting with a space: the level's table on
     *     {@code k.key}, then the joins its paths need
     * @param condition the level's filter, or {@code ""}
     */
    public record KeysJoin(String select, Keys keys, String joins, String condition) implements Rows {
        public KeysJoin {
            Objects.requireNonNull(select, "select");
            Objects.requireNonNull(keys, "keys");
            Objects.requireNonNull(joins, "joins");
            Objects.requireNonNull(condition, "condition");
        }

        /** These rows, those that also meet {@code condition}. */
        public KeysJoin where(String condition) {
            return new KeysJoin(select, keys, joins, condition);
        }

        /** The first {@code limit} of these rows in each parent's list, by their rank ({@link Ranked}). */
        public Ranked limitPerParent(long limit) {
            return new Ranked(this, limit);
        }
    }

    /** The first part of {@link Matched} or {@link KeysJoin}: {@code SELECT select}. */
    public static final class Select {
        private final String select;

        private Select(String select) {
            this.select = Objects.requireNonNull(select, "select");
        }

        /** {@code ... FROM from}; then {@link From#whereKeyIn}. */
        public From from(String from) {
            return new From(select, from);
        }

        /** {@code ... FROM (keys) k(key, text) joins}. */
        public KeysJoin fromKeys(Keys keys, String joins) {
            return new KeysJoin(select, keys, joins, "");
        }
    }

    /** The second part of {@link Matched}: {@code SELECT select FROM from}. */
    public static final class From {
        private final String select;
        private final String from;

        private From(String select, String from) {
            this.select = select;
            this.from = Objects.requireNonNull(from, "from");
        }

        /** {@code ... WHERE keyColumn = ANY(ARRAY(parent))}. */
        public Matched whereKeyIn(String keyColumn, Keys parent) {
            return new Matched(select, from, keyColumn, parent, "");
        }
    }

    /** {@code SELECT select ...}: the start of a branch's rows or of a statement of keys. */
    public static Select select(String select) {
        return new Select(select);
    }

    /** {@code SELECT select FROM} the top-level rows the query reads. */
    public static Keys topLevelKeys(String select) {
        return new TopLevelKeys(select);
    }

    private NestedRows(Builder<P> builder) {
        this.rootItems = Objects.requireNonNull(builder.rootItems, "rootItems");
        this.branches = List.copyOf(builder.branches);
        this.trees = Objects.requireNonNull(builder.trees, "trees");
        this.topLevelKey = builder.topLevelKey;
        this.topLevelKeyType = builder.topLevelKeyType;
    }

    /** A builder of the parts, whose rows the trees {@code trees} gives put together. */
    public static <P> Builder<P> builder(Supplier<? extends Tree<P>> trees) {
        return new Builder<>(trees);
    }

    /**
     * The select list of the top-level branch after its level and position: the projection's
     * columns, the keys of its nested lists, and typed {@code NULL}s in the columns of the other
     * levels.
     */
    public String rootItems() {
        return rootItems;
    }

    /** The branches of the nested levels, in level order. */
    public List<Branch> branches() {
        return branches;
    }

    /** A new tree, which puts the rows of one read together. */
    public Tree<P> tree() {
        return trees.get();
    }

    /**
     * The top-level table's key ({@code t0.id}), by which a batch of top-level rows selects its
     * nested rows; empty when the table has no {@code @Id}, and the rows are not read in batches.
     */
    public Optional<String> topLevelKey() {
        return Optional.ofNullable(topLevelKey);
    }

    /** How the top-level key is read, and written as an element of an array parameter. */
    public ColumnType<?> topLevelKeyType() {
        return topLevelKeyType;
    }

    /** Builds {@link NestedRows}. */
    public static final class Builder<P> {
        private final Supplier<? extends Tree<P>> trees;
        private String rootItems;
        private String topLevelKey;
        private ColumnType<?> topLevelKeyType;
        private final List<Branch> branches = new ArrayList<>();

        private Builder(Supplier<? extends Tree<P>> trees) {
            this.trees = trees;
        }

        /** See {@link NestedRows#topLevelKey()}. */
        public Builder<P> topLevelKey(String column, ColumnType<?> type) {
            this.topLevelKey = Objects.requireNonNull(column, "column");
            this.topLevelKeyType = Objects.requireNonNull(type, "type");
            return this;
        }

        /** See {@link NestedRows#rootItems()}. */
        public Builder<P> rootItems(String rootItems) {
            this.rootItems = rootItems;
            return this;
        }

        /**
         * Adds the next level's branch.
         *
         * @param rows its rows, restricted to the children of the top-level rows read
         * @param everyRow the whole branch for a query that reads every top-level row
         */
        public Builder<P> branch(Rows rows, String everyRow) {
            branches.add(new Branch(rows, everyRow));
            return this;
        }

        /** The parts; throws {@link NullPointerException} when the root items are missing. */
        public NestedRows<P> build() {
            return new NestedRows<>(this);
        }
    }
}
