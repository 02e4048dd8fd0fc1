package dev.nestql.query;

import dev.nestql.internal.JsonOutput;
import dev.nestql.internal.NestedRows;
import dev.nestql.internal.QueryDefinition;
import dev.nestql.internal.QueryState;
import dev.nestql.internal.Statements;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * The query of one projection: the base of every generated query class.
 *
 * <p>A query is immutable and thread-safe. {@link #where}, {@link #orderBy}, {@link #limit},
 * {@link #offset}, {@link #fetchSize} and the page positions {@link #after(Object)} and
 * {@link #before(Object)} return a new query; the terminal methods ({@link #list},
 * {@link #first}, {@link #stream}, {@link #count}, {@link #json}, {@link #writeJson},
 * {@link #writeFirstJson}, and {@link #serverJson} and {@link #writeServerJson} for JSON built by
 * PostgreSQL) run one SQL statement each, on a connection of the caller's or on one borrowed from a {@link DataSource} and
 * closed before they return (for {@link #stream(DataSource)}: when the stream is closed).
 *
 * <p>Database errors are thrown as {@link NestqlException}, with the SQL state and the SQL text.
 *
 * @param <P> the projection record
 * @param <Q> the generated query class
 */
public abstract class ProjectionQuery<P, Q extends ProjectionQuery<P, Q>> {
    private final QueryDefinition<P> definition;
    private final QueryState<P> state;
    /** {@link #state} resolved for running ({@link #run()}); set once, by whichever thread comes first. */
    private volatile QueryState<P> run;

    /**
     * Called by the generated subclass, and by nothing else: its parameter types are in
     * {@link dev.nestql.internal}, support for generated code that is not a public API.
     *
     * @param definition the SQL of the projection
     * @param state this query's condition, order and paging
     */
    protected ProjectionQuery(QueryDefinition<P> definition, QueryState<P> state) {
        this.definition = Objects.requireNonNull(definition, "definition");
        this.state = Objects.requireNonNull(state, "state");
    }

    /**
     * A query of the generated class with {@code state}; implemented by the generated subclass,
     * for generated code only ({@link QueryState} is in {@link dev.nestql.internal}).
     */
    protected abstract Q with(QueryState<P> state);

    /**
     * Keeps only the rows that match {@code condition}. Calling {@code where} again adds a condition
     * that must hold too ({@code AND}).
     */
    public final Q where(Condition<P> condition) {
        return with(state.withWhere(Objects.requireNonNull(condition, "condition")));
    }

    /**
     * Sorts the rows by {@code order}, first key first; replaces any earlier order. A query of a
     * table with an {@code @Id} that is ordered or paged sorts by the {@code @Id} last, ascending,
     * when {@code order} does not hold it, so that rows that tie keep one order from page to page.
     */
    @SafeVarargs
    public final Q orderBy(Order<P>... order) {
        for (Order<P> key : order) {
            Objects.requireNonNull(key, "order");
        }
        return with(state.withOrderBy(Arrays.asList(order)));
    }

    /** Returns at most {@code rows} rows. */
    public final Q limit(long rows) {
        if (rows < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + rows);
        }
        return with(state.withLimit(rows));
    }

    /** Skips the first {@code rows} rows; combine with {@link #orderBy} for stable pages. */
    public final Q offset(long rows) {
        if (rows < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + rows);
        }
        return with(state.withOffset(rows));
    }

    /**
     * How many rows {@link #stream} and {@link #writeJson} fetch from the server at a time
     * (default 1000). Memory use of those methods is bounded by this many rows.
     */
    public final Q fetchSize(int rows) {
        if (rows <= 0) {
            throw new IllegalArgumentException("fetch size must be positive: " + rows);
        }
        return with(state.withFetchSize(rows));
    }

    /**
     * Continues after {@code row}: the rows that follow it in this query's order (keyset paging).
     * With {@link #limit}, the next page after a page whose last row is {@code row}; every page costs
     * what the first does, where an {@link #offset} reads and drops the rows before its page.
     *
     * <pre>{@code
     * List<CategoryView> next = CategoryViewQuery.select()
     *         .orderBy(CategoryViewQuery.NAME.asc())
     *         .after(lastOfThisPage)
     *         .limit(20)
     *         .list(connection);
     * }</pre>
     *
     * <p>The order is made unique by the table's {@code @Id}, added as the last key ascending when
     * the order does not hold it, so that rows that tie are neither skipped nor repeated; the
     * result comes in that order. The keys' values are read from {@code row}'s components when the
     * query runs, and are compared by PostgreSQL (text by its collation), nulls where PostgreSQL
     * sorts them: last in ascending order, first in descending order. A later {@code after} or
     * {@code before} replaces this one. {@link #count} ignores the position.
     *
     * @throws IllegalStateException when the query runs, if an order key is not a component of the
     *     record, or the table has no {@code @Id} to make the order unique
     */
    public final Q after(P row) {
        return with(state.withPosition(new Keyset.Position<>(false, Objects.requireNonNull(row, "row"), null)));
    }

    /**
     * Goes back before {@code row}: the rows that precede it in this query's order, in that order.
     * With {@link #limit}, the page of that many rows just before {@code row} (the previous page
     * when {@code row} is the first of a page); {@link #first} is the row just before it. See
     * {@link #after(Object)}.
     */
    public final Q before(P row) {
        return with(state.withPosition(new Keyset.Position<>(true, Objects.requireNonNull(row, "row"), null)));
    }

    /**
     * Continues after the row whose {@link #pageToken(Object) page token} is {@code pageToken}, as
     * {@link #after(Object)} does with the row: for a position that travels to a client and back,
     * such as a {@code next} link's {@code ?after=} parameter.
     *
     * @throws InvalidPageTokenException at once, when nestql did not make the token or it was
     *     altered; and when the query runs, when the token was made by another query class or for
     *     another order
     */
    public final Q after(String pageToken) {
        return with(state.withPosition(new Keyset.Position<P>(false, null,
                Keyset.decode(Objects.requireNonNull(pageToken, "pageToken")))));
    }

    /**
     * Goes back before the row whose {@link #pageToken(Object) page token} is {@code pageToken}, as
     * {@link #before(Object)} does with the row.
     *
     * @throws InvalidPageTokenException as {@link #after(String)} does
     */
    public final Q before(String pageToken) {
        return with(state.withPosition(new Keyset.Position<P>(true, null,
                Keyset.decode(Objects.requireNonNull(pageToken, "pageToken")))));
    }

    /**
     * The page token of {@code row} in this query's order: an opaque, URL-safe text (base64url)
     * holding the row's order keys, which {@link #after(String)} and {@link #before(String)} of a
     * query of the same class and order continue from. The token carries a fingerprint of the
     * query class and its order, so that it is rejected by another query or order, and a digest,
     * so that an altered token is rejected; it is not encrypted or signed: the keys' values can
     * be read from it, and a client that forges one can only choose another position in the same
     * query, whose values are bound as parameters like any other. The query's condition is not
     * part of it.
     *
     * @throws IllegalStateException when an order key is not a component of the record, or the
     *     table has no {@code @Id} to make the order unique
     */
    public final String pageToken(P row) {
        Objects.requireNonNull(row, "row");
        List<Order<P>> order = Keyset.uniqueOrder(state.orderBy(), definition.uniqueKey(), name());
        return Keyset.encode(Keyset.fingerprint(getClass().getName(), order),
                Keyset.texts(order, row, definition.uniqueKey(), name()));
    }

    /**
     * The state the statements are made from: {@link #state} with its page position turned into a
     * condition on the keys of the order made unique.
     */
    private QueryState<P> run() {
        QueryState<P> resolved = run;
        if (resolved == null) {
            resolved = resolve();
            run = resolved;
        }
        return resolved;
    }

    @SuppressWarnings("unchecked")
    private QueryState<P> resolve() {
        Keyset.Position<P> position = (Keyset.Position<P>) state.position();
        if (position == null) {
            // An ordered or paged query is ordered uniquely, so that its pages are stable and the
            // first page is the one that after(row) continues.
            boolean ordered = !state.orderBy().isEmpty() || state.limit() >= 0 || state.offset() > 0;
            return ordered && definition.uniqueKey().isPresent()
                    ? state.withOrderBy(Keyset.uniqueOrder(state.orderBy(), definition.uniqueKey(), name()))
                    : state;
        }
        List<Order<P>> order = Keyset.uniqueOrder(state.orderBy(), definition.uniqueKey(), name());
        List<String> texts;
        if (position.row() != null) {
            texts = Keyset.texts(order, position.row(), definition.uniqueKey(), name());
        } else {
            if (!Arrays.equals(position.token().fingerprint(), Keyset.fingerprint(getClass().getName(), order))) {
                throw new InvalidPageTokenException("the page token was made by another query class or for another"
                        + " order: it continues only a query of the class and order it came from (" + name()
                        + " ordered by " + order + ")");
            }
            texts = position.token().texts();
        }
        return state.resolved(position.before() && (state.limit() >= 0 || state.offset() > 0))
                .withWhere(Keyset.condition(order, texts, position.before()))
                .withOrderBy(order);
    }

    /** The query class's name, for messages. */
    private String name() {
        return getClass().getSimpleName();
    }

    /**
     * The SQL of {@link #list} and {@link #first}, with {@code ?} for bound values. For a
     * projection with nested lists, one {@code UNION ALL} branch per level, each nested list as
     * rows of its own; otherwise the statement of {@link #stream}.
     */
    public final String sql() {
        return definition.nestedRows().isPresent() ? Statements.nestedRows(definition, clauses(run())) : rowsSql();
    }

    /**
     * The SQL of {@link #stream}, with {@code ?} for bound values: one row per record. For a
     * projection with nested lists sent as rows of their own, the statement of the top-level rows
     * only ({@link #nestedRootsSql()}), whose nested rows {@link #nestedChildrenSql()} reads a batch
     * at a time; without them, every value of the record, nested ones as JSON.
     */
    public final String streamSql() {
        return NestedBatches.possible(definition) ? nestedRootsSql() : rowsSql();
    }

    /** One row per record, nested projections as JSON: the statement of {@link #stream} without batches. */
    private String rowsSql() {
        return Statements.rows(definition, definition.selectList(), clauses(run()));
    }

    /**
     * The top-level rows that {@link #stream} and {@link #writeJson} read through a cursor when
     * nested lists travel as rows of their own: each record's own columns, then its table's key.
     *
     * @throws IllegalStateException when the projection has no such nested lists, or its table no {@code @Id}
     */
    public final String nestedRootsSql() {
        requireBatches();
        return Statements.nestedRoots(definition, clauses(run()));
    }

    /**
     * The statement that reads the nested rows of a batch of top-level rows ({@link #nestedRootsSql()}):
     * one {@code UNION ALL} branch per nested level, each with an array parameter of the batch's
     * top-level keys.
     *
     * @throws IllegalStateException when the projection has no such nested lists, or its table no {@code @Id}
     */
    public final String nestedChildrenSql() {
        requireBatches();
        return Statements.nestedChildren(definition);
    }

    private void requireBatches() {
        if (!NestedBatches.possible(definition)) {
            throw new IllegalStateException(definition.nestedRows().isEmpty()
                    ? "this projection has no nested lists sent as rows of their own"
                    : "the projection's table has no @Id, by which batches of top-level rows select their nested rows");
        }
    }

    /**
     * The SQL of {@link #serverJson}, with {@code ?} for bound values: one row, one column, the JSON
     * array built by PostgreSQL. To run it yourself, bind the condition's values, then the limit and
     * the offset, in that order; {@link #serverJson} does exactly that.
     */
    public final String serverJsonSql() {
        return Statements.jsonArray(definition, clauses(run()));
    }

    /**
     * The SQL of {@link #writeServerJson}, with {@code ?} for bound values: one row per record,
     * each a JSON object built by PostgreSQL.
     */
    public final String writeServerJsonSql() {
        return Statements.rows(definition, definition.jsonObject(), clauses(run()));
    }

    /** The rows as records. */
    public final List<P> list(Connection connection) {
        String sql = sql();
        HeldCursors.closeAbandoned(connection);
        try (PreparedStatement statement = prepareList(connection, run(), sql);
                ResultSet rows = statement.executeQuery()) {
            return readAll(rows);
        } catch (SQLException | IOException | UnboundValueException e) {
            throw failure(e, sql);
        }
    }

    /** The statement of {@link #list} with {@code state}, prepared and bound. */
    private PreparedStatement prepareList(Connection connection, QueryState<P> state, String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            int index = bind(statement, state, 1);
            // The condition's values are bound once for each copy of it after the first.
            int copies = Statements.conditionCopies(definition, clauses(state));
            for (int copy = 1; copy < copies; copy++) {
                index = bind(statement, state, index);
            }
            return statement;
        } catch (SQLException | RuntimeException | Error e) {
            try {
                statement.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    /** Every row of the result of {@link #list}'s statement, as records. */
    private List<P> readAll(ResultSet rows) throws SQLException, IOException {
        if (definition.nestedRows().isPresent()) {
            NestedRows.Tree<P> tree = definition.nestedRows().get().tree();
            while (rows.next()) {
                tree.read(rows);
            }
            return tree.records();
        }
        List<P> list = new ArrayList<>();
        while (rows.next()) {
            list.add(definition.reader().read(rows));
        }
        return list;
    }

    /** The rows as records, on a connection borrowed from {@code dataSource}. */
    public final List<P> list(DataSource dataSource) {
        try (Connection connection = connect(dataSource)) {
            return list(connection);
        } catch (SQLException e) {
            throw new NestqlException(e, sql());
        }
    }

    /** The first row, fetched with {@code LIMIT 1}, or empty when there is none. */
    public final Optional<P> first(Connection connection) {
        List<P> one = with(state.withLimit(state.limit() == 0 ? 0 : 1)).list(connection);
        return one.isEmpty() ? Optional.empty() : Optional.of(one.get(0));
    }

    /** The first row, on a connection borrowed from {@code dataSource}. */
    public final Optional<P> first(DataSource dataSource) {
        try (Connection connection = connect(dataSource)) {
            return first(connection);
        } catch (SQLException e) {
            throw new NestqlException(e, sql());
        }
    }

    /**
     * The rows as a lazy stream, fetched with a server-side cursor {@link #fetchSize} rows at a
     * time, so that memory stays bounded. Close the stream (try-with-resources) to release the
     * cursor; it is also released when the last row has been read or a row fails to read.
     *
     * <p>The connection is left as it was, and statements of your own on it while the stream is
     * open behave as they would without it:
     *
     * <ul>
     *   <li>In a transaction (auto-commit off), the cursor belongs to that transaction: closing the
     *       stream neither commits nor rolls back, and ending the transaction ends the cursor.
     *   <li>In auto-commit mode, auto-commit stays on: the statement runs as a PostgreSQL
     *       {@code WITH HOLD} cursor, which the server computes completely before the first row is
     *       fetched and keeps (on disk when large) until the stream is closed. Writes made while
     *       the stream is open commit at once, as always.
     * </ul>
     *
     * <p>A stream abandoned without being closed (a partly read iterator, say) keeps its cursor
     * until the garbage collector finds it unreachable; a held cursor is then closed by the next
     * nestql call on this connection, or when the connection closes.
     *
     * <p>Nested lists that {@link #list} sends as rows of their own travel as rows here too: the
     * cursor reads the top-level rows, and one statement per batch of {@link #fetchSize} of them
     * reads their nested rows ({@link #nestedChildrenSql()}). In auto-commit mode, and in a
     * transaction at {@code READ COMMITTED}, each batch's nested rows are those committed when its
     * statement runs; in a transaction at {@code REPEATABLE READ} every batch sees the one snapshot
     * of the transaction, as {@link #stream(DataSource)} always does.
     */
    public final Stream<P> stream(Connection connection) {
        if (NestedBatches.possible(definition)) {
            return Cursor.open(connection, false, true, nestedRootsSql(), statement -> bind(statement, run(), 1),
                    run().fetchSize(), true).stream(new NestedBatches<>(definition));
        }
        return Cursor.open(connection, false, true, rowsSql(), statement -> bind(statement, run(), 1),
                run().fetchSize()).stream(Cursor.perRow(definition.reader()));
    }

    /**
     * The rows as a lazy stream on a connection borrowed from {@code dataSource}, read in a
     * transaction of its own with a cursor {@link #fetchSize} rows at a time. Closing the stream,
     * reading its last row, or a failure returns the connection, with auto-commit as it was.
     *
     * <p>The read's transaction is {@code REPEATABLE READ}: where nested lists travel as rows, read
     * a batch at a time (see {@link #stream(Connection)}), every batch sees the same snapshot.
     *
     * <p>Close the stream with try-with-resources, or read it to the end: a stream abandoned
     * part-way ({@code findFirst()}, a partly read iterator, {@code limit(n)} without closing)
     * keeps its connection until the garbage collector finds the stream unreachable, and only then
     * returns it to the pool.
     */
    public final Stream<P> stream(DataSource dataSource) {
        Connection connection = connect(dataSource);
        if (NestedBatches.possible(definition)) {
            return Cursor.open(connection, true, false, nestedRootsSql(), statement -> bind(statement, run(), 1),
                    run().fetchSize(), true).stream(new NestedBatches<>(definition));
        }
        return Cursor.open(connection, true, false, rowsSql(), statement -> bind(statement, run(), 1),
                run().fetchSize()).stream(Cursor.perRow(definition.reader()));
    }

    /** The number of rows {@link #list} would return. */
    public final long count(Connection connection) {
        // The page position does not count: the number is that of every page together.
        QueryState<P> counted = state.position() == null ? state : state.resolved(false);
        String text = Statements.count(definition, clauses(counted));
        HeldCursors.closeAbandoned(connection);
        try (PreparedStatement statement = connection.prepareStatement(text)) {
            bind(statement, counted, 1);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException | UnboundValueException e) {
            throw failure(e, text);
        }
    }

    /** The number of rows, on a connection borrowed from {@code dataSource}. */
    public final long count(DataSource dataSource) {
        try (Connection connection = connect(dataSource)) {
            return count(connection);
        } catch (SQLException e) {
            throw new NestqlException(e, null);
        }
    }

    /**
     * The whole result as one JSON array text: objects keyed by the record's component names, in
     * component order, nested lists as arrays ({@code []} when empty) and nested records as
     * objects ({@code null} when absent); each value as PostgreSQL's {@code json_build_object}
     * writes it. The rows travel as they do for {@link #list}, and the JSON is written in Java,
     * which is several times faster than PostgreSQL building it; where only PostgreSQL can write a
     * value's JSON (see {@link #serverJson}), PostgreSQL builds it. For large results prefer
     * {@link #writeJson}.
     */
    public final String json(Connection connection) {
        if (definition.jsonWriter().isPresent()) {
            JsonOutput.Text text = new JsonOutput.Text();
            if (writeRecords(connection, run(), metadata -> JsonOutput.open(connection, metadata, definition, text),
                    true) >= 0) {
                return text.toString();
            }
        }
        return serverJson(connection);
    }

    /**
     * The same JSON array as {@link #json}, built by PostgreSQL ({@link #jsonSql}): for passing the
     * database's text straight through. Several times slower than {@link #json}, and it moves the
     * work to the database; but its text is PostgreSQL's to the character, and it is the path of a
     * projection with a {@code String} that only PostgreSQL can write as JSON: one computed in SQL
     * ({@code @Sql}, {@code @First}, {@code @Min}, {@code @Max}), one read from an array, a
     * composite type or a type with a cast to {@code json}, or one inside a nested record or a
     * nested list that travels as JSON.
     */
    public final String serverJson(Connection connection) {
        String sql = serverJsonSql();
        HeldCursors.closeAbandoned(connection);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, run(), 1);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        } catch (SQLException | UnboundValueException e) {
            throw failure(e, sql);
        }
    }

    /** The JSON array built by PostgreSQL, on a connection borrowed from {@code dataSource}. */
    public final String serverJson(DataSource dataSource) {
        try (Connection connection = connect(dataSource)) {
            return serverJson(connection);
        } catch (SQLException e) {
            throw new NestqlException(e, serverJsonSql());
        }
    }

    /**
     * Runs {@link #list}'s statement with {@code state} and writes its records to {@code out} in
     * Java: as one array when {@code array}, else the first record alone. Returns the number of
     * records written, or -1, having written nothing, when Java cannot write their JSON as
     * PostgreSQL does ({@link JsonOutput#open}).
     */
    private long writeRecords(Connection connection, QueryState<P> state, Cursor.JsonOpener output, boolean array) {
        String sql = with(state).sql();
        HeldCursors.closeAbandoned(connection);
        List<P> records;
        JsonOutput json;
        try (PreparedStatement statement = prepareList(connection, state, sql);
                ResultSet rows = statement.executeQuery()) {
            json = output.open(rows.getMetaData());
            if (json == null) {
                return -1;
            }
            records = readAll(rows);
        } catch (SQLException | IOException | UnboundValueException e) {
            throw failure(e, sql);
        }
        JsonOutput.RecordWriter<P> writer = definition.jsonWriter().orElseThrow();
        try {
            if (array) {
                json.beginArray();
                for (P record : records) {
                    writer.write(json, record);
                }
                json.endArray();
            } else if (!records.isEmpty()) {
                writer.write(json, records.get(0));
            }
            json.flush();
            return array ? records.size() : Math.min(1, records.size());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    /** The whole result as one JSON array text, on a connection borrowed from {@code dataSource}. */
    public final String json(DataSource dataSource) {
        try (Connection connection = connect(dataSource)) {
            return json(connection);
        } catch (SQLException e) {
            throw new NestqlException(e, serverJsonSql());
        }
    }

    /**
     * Writes the same JSON array as {@link #json} to {@code out}, row by row, fetched with a cursor
     * {@link #fetchSize} rows at a time: memory stays bounded however many rows there are. The
     * writer is not closed or flushed.
     *
     * <p>On a connection in auto-commit mode the rows are read in a transaction of their own, ended
     * before this method returns, and auto-commit is switched back on, whatever happens; in a
     * transaction of the caller's, the cursor belongs to it and is closed before this method
     * returns.
     *
     * <p>The JSON is written in Java from the rows {@link #stream} reads: the top-level rows through
     * the cursor and, for nested lists, one statement per batch of {@link #fetchSize} of them
     * ({@link #nestedChildrenSql()}), so memory holds one batch. Where only PostgreSQL can write a
     * value's JSON (see {@link #serverJson}), and for nested lists of a table without an
     * {@code @Id}, PostgreSQL builds each row's object ({@link #writeServerJson}).
     *
     * @return the number of rows written
     * @throws UncheckedIOException when writing fails; the cursor is closed first
     */
    public final long writeJson(Connection connection, Writer out) {
        Objects.requireNonNull(out, "out");
        boolean batched = NestedBatches.possible(definition);
        if (definition.jsonWriter().isPresent() && (batched || definition.nestedRows().isEmpty())) {
            String sql = batched ? nestedRootsSql() : rowsSql();
            long written;
            try (Cursor cursor = Cursor.open(connection, false, false, sql, s -> bind(s, run(), 1), run().fetchSize(),
                    batched)) {
                written = cursor.writeJsonRecords(
                        batched ? new NestedBatches<>(definition) : Cursor.perRow(definition.reader()),
                        metadata -> JsonOutput.open(connection, metadata, definition, out),
                        definition.jsonWriter().get());
            }
            if (written >= 0) {
                return written;
            }
        }
        return writeServerJson(connection, out);
    }

    /**
     * Writes the JSON array of {@link #json} to {@code out} as {@link #writeJson} does, each row's
     * object built by PostgreSQL ({@link #writeJsonSql}); see {@link #serverJson} for when to use
     * it.
     *
     * @return the number of rows written
     * @throws UncheckedIOException when writing fails; the cursor is closed first
     */
    public final long writeServerJson(Connection connection, Writer out) {
        Objects.requireNonNull(out, "out");
        String sql = writeServerJsonSql();
        try (Cursor cursor = Cursor.open(connection, false, false, sql, s -> bind(s, run(), 1), run().fetchSize())) {
            return cursor.writeJsonArray(out);
        }
    }

    /** Writes the JSON array to {@code out}, on a connection borrowed from {@code dataSource}. */
    public final long writeJson(DataSource dataSource, Writer out) {
        try (Connection connection = connect(dataSource)) {
            return writeJson(connection, out);
        } catch (SQLException e) {
            throw new NestqlException(e, null);
        }
    }

    /** Writes the JSON array built by PostgreSQL to {@code out}, on a connection borrowed from {@code dataSource}. */
    public final long writeServerJson(DataSource dataSource, Writer out) {
        try (Connection connection = connect(dataSource)) {
            return writeServerJson(connection, out);
        } catch (SQLException e) {
            throw new NestqlException(e, null);
        }
    }

    /**
     * Writes the first row to {@code out} as one JSON object, the first element of {@link #json}'s
     * array (fetched with {@code LIMIT 1}), or writes nothing when there is no row. The writer is
     * not closed or flushed.
     *
     * @return whether there was a row
     * @throws UncheckedIOException when writing fails
     */
    public final boolean writeFirstJson(Connection connection, Writer out) {
        Objects.requireNonNull(out, "out");
        ProjectionQuery<P, Q> firstQuery = with(state.withLimit(state.limit() == 0 ? 0 : 1));
        QueryState<P> first = firstQuery.run();
        if (definition.jsonWriter().isPresent()) {
            long written = writeRecords(connection, first,
                    metadata -> JsonOutput.open(connection, metadata, definition, out), false);
            if (written >= 0) {
                return written > 0;
            }
        }
        String sql = with(first).writeServerJsonSql();
        HeldCursors.closeAbandoned(connection);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, first, 1);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return false;
                }
                out.write(rows.getString(1));
                return true;
            }
        } catch (SQLException | UnboundValueException e) {
            throw failure(e, sql);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    /** Writes the first row as a JSON object, on a connection borrowed from {@code dataSource}. */
    public final boolean writeFirstJson(DataSource dataSource, Writer out) {
        try (Connection connection = connect(dataSource)) {
            return writeFirstJson(connection, out);
        } catch (SQLException e) {
            throw new NestqlException(e, null);
        }
    }

    @Override
    public String toString() {
        return sql();
    }

    /** What {@code state} adds to the definition's statements. */
    private static Statements.Clauses clauses(QueryState<?> state) {
        List<Statements.SortKey> orderBy = new ArrayList<>();
        for (Order<?> key : state.orderBy()) {
            orderBy.add(new Statements.SortKey(key.expression(), key.direction()));
        }
        List<Statements.SortKey> pageOrderBy = orderBy;
        if (state.reversedPage()) {
            pageOrderBy = new ArrayList<>();
            for (Order<?> key : state.orderBy()) {
                pageOrderBy.add(new Statements.SortKey(key.expression(), key.reversed().direction()));
            }
        }
        return new Statements.Clauses(state.where() == null ? null : state.where().sql(), orderBy, pageOrderBy,
                state.limit() >= 0, state.offset() > 0);
    }

    /**
     * Binds the condition's values, then the limit and the offset, from parameter {@code start};
     * returns the index of the next parameter.
     */
    private static int bind(PreparedStatement statement, QueryState<?> state, int start) throws SQLException {
        int index = state.where() == null ? start : state.where().bind(statement, start);
        if (state.limit() >= 0) {
            statement.setLong(index++, state.limit());
        }
        if (state.offset() > 0) {
            statement.setLong(index++, state.offset());
        }
        return index;
    }

    private static Connection connect(DataSource dataSource) {
        try {
            return Objects.requireNonNull(dataSource, "dataSource").getConnection();
        } catch (SQLException e) {
            throw new NestqlException(e, null);
        }
    }

    /**
     * What a terminal method throws for {@code e}, thrown while running {@code sql}: a
     * {@link NestqlException} for a database error, a value that cannot be bound or a value that
     * cannot be read; any other runtime exception as it is; {@code null} for an {@link Error},
     * which is rethrown as it is.
     */
    static RuntimeException failure(Throwable e, String sql) {
        if (e instanceof SQLException database) {
            return new NestqlException(database, sql);
        }
        if (e instanceof UnboundValueException unbound) {
            return new NestqlException(unbound.getMessage(), sql, unbound.getCause());
        }
        if (e instanceof IOException unreadable) {
            return unreadable(unreadable, sql);
        }
        if (e instanceof RuntimeException runtime) {
            return runtime;
        }
        if (e instanceof Exception other) {
            return new NestqlException(String.valueOf(other.getMessage()), sql, other);
        }
        return null;
    }

    static NestqlException unreadable(IOException e, String sql) {
        return new NestqlException("cannot read a nested value: " + e.getMessage(), sql, e);
    }
}
