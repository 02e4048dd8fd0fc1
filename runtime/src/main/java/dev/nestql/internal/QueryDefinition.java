package dev.nestql.internal;

import dev.nestql.query.Column;
import java.util.Objects;
import java.util.Optional;

/**
 * The SQL parts of one projection, written by the nestql processor into each generated query
 * class, and the reader of its rows. {@link Statements} puts them together with the condition,
 * order and paging of each call. For generated code only: see {@link dev.nestql.internal}.
 *
 * <pre>{@code
 * QueryDefinition.builder(CityViewQuery::read)
 *         .selectList("t0.id, t0.name")
 *         .jsonObject("json_build_object('id', t0.id, 'name', t0.name)")
 *         .table("city t0")
 *         .build();
 * }</pre>
 *
 * @param <P> the projection record
 */
public final class QueryDefinition<P> {
    private final String selectList;
    private final String jsonObject;
    private final String table;
    private final String joins;
    private final Optional<Aggregates> aggregates;
    private final Optional<NestedRows<P>> nestedRows;
    private final RowReader<P> reader;
    private final Optional<JsonOutput.RecordWriter<P>> jsonWriter;
    private final int[] stringColumns;
    private final int[] doubleColumns;
    private final int[] decimalColumns;
    private final Optional<Column<P, ?>> uniqueKey;

    /**
     * The relations a projection's own aggregates are read from, one row per row of the table,
     * in two shapes that give the same values:
     *
     * <ul>
     *   <li>{@code perRow}: {@code LEFT JOIN LATERAL} subqueries, computed for each returned row
     *       only; with a limit or offset, the page is selected first and the subqueries run for
     *       its rows alone;
     *   <li>{@code wholeTable}: derived tables aggregated once with {@code GROUP BY}, for
     *       statements that read every row (no condition, limit or offset).
     * </ul>
     *
     * @param perRow the lateral joins, each starting with a space
     * @param wholeTable the derived-table joins, each starting with a space
     */
    public record Aggregates(String perRow, String wholeTable) {
        public Aggregates {
            Objects.requireNonNull(perRow, "perRow");
            Objects.requireNonNull(wholeTable, "wholeTable");
        }
    }

    private QueryDefinition(Builder<P> builder) {
        this.selectList = Objects.requireNonNull(builder.selectList, "selectList");
        this.jsonObject = Objects.requireNonNull(builder.jsonObject, "jsonObject");
        this.table = Objects.requireNonNull(builder.table, "table");
        this.joins = builder.joins;
        this.aggregates = Optional.ofNullable(builder.aggregates);
        this.nestedRows = Optional.ofNullable(builder.nestedRows);
        this.reader = Objects.requireNonNull(builder.reader, "reader");
        this.jsonWriter = Optional.ofNullable(builder.jsonWriter);
        this.stringColumns = builder.stringColumns;
        this.doubleColumns = builder.doubleColumns;
        this.decimalColumns = builder.decimalColumns;
        this.uniqueKey = Optional.ofNullable(builder.uniqueKey);
    }

    /**
     * A builder of the definition whose typed rows {@code reader} reads; the select list, JSON
     * object and table are required.
     */
    public static <P> Builder<P> builder(RowReader<P> reader) {
        return new Builder<>(reader);
    }

    /** The select list of the typed statement: one column per component, nested projections as positional JSON. */
    public String selectList() {
        return selectList;
    }

    /** The expression that builds one row as a JSON object keyed by component names. */
    public String jsonObject() {
        return jsonObject;
    }

    /** The base table as {@code t0}. */
    public String table() {
        return table;
    }

    /** The joins that path components need, each starting with a space; empty when there are none. */
    public String joins() {
        return joins;
    }

    /** The {@code FROM} clause without the keyword: the base table and the joins of path components. */
    public String from() {
        return table + joins;
    }

    /** The relations of the projection's own aggregates, when it has some. */
    public Optional<Aggregates> aggregates() {
        return aggregates;
    }

    /** The statement of {@code list} and {@code first} for nested lists sent as rows of their own, if any. */
    public Optional<NestedRows<P>> nestedRows() {
        return nestedRows;
    }

    /** Reads one row of the typed statement into the record. */
    public RowReader<P> reader() {
        return reader;
    }

    /**
     * Writes a record as JSON in Java, with the content of {@link #jsonObject()}; absent where
     * only PostgreSQL can build that JSON (a {@code String} computed in SQL, or one inside a
     * nested value that travels as JSON, whose column type is not known).
     */
    public Optional<JsonOutput.RecordWriter<P>> jsonWriter() {
        return jsonWriter;
    }

    /**
     * The columns, in the result of {@code list}'s statement, of the {@code String} components
     * the JSON writer writes, whose JSON depends on their column's type ({@link JsonOutput#string}).
     */
    public int[] stringColumns() {
        return stringColumns.clone();
    }

    /**
     * The columns of the {@code double} components the JSON writer writes from the result of
     * {@code list}'s statement, which it writes as {@code real}s where the column is one
     * ({@link JsonOutput#number(double, int)}).
     */
    public int[] doubleColumns() {
        return doubleColumns.clone();
    }

    /**
     * The columns of the {@code BigDecimal} components the JSON writer writes from the result of
     * {@code list}'s statement: over a {@code real}, PostgreSQL builds the JSON instead.
     */
    public int[] decimalColumns() {
        return decimalColumns.clone();
    }

    /**
     * The handle of the table's {@code @Id}, which keyset paging adds to an order that does not hold
     * it, to make the order unique; empty for a table without one.
     */
    public Optional<Column<P, ?>> uniqueKey() {
        return uniqueKey;
    }

    /** Builds a {@link QueryDefinition}, part by part. */
    public static final class Builder<P> {
        private String selectList;
        private String jsonObject;
        private String table;
        private String joins = "";
        private Aggregates aggregates;
        private NestedRows<P> nestedRows;
        private final RowReader<P> reader;
        private JsonOutput.RecordWriter<P> jsonWriter;
        private int[] stringColumns = new int[0];
        private int[] doubleColumns = new int[0];
        private int[] decimalColumns = new int[0];
        private Column<P, ?> uniqueKey;

        private Builder(RowReader<P> reader) {
            this.reader = reader;
        }

        /** See {@link QueryDefinition#selectList()}. */
        public Builder<P> selectList(String selectList) {
            this.selectList = selectList;
            return this;
        }

        /** See {@link QueryDefinition#jsonObject()}. */
        public Builder<P> jsonObject(String jsonObject) {
            this.jsonObject = jsonObject;
            return this;
        }

        /** See {@link QueryDefinition#table()}. */
        public Builder<P> table(String table) {
            this.table = table;
            return this;
        }

        /** See {@link QueryDefinition#joins()}. */
        public Builder<P> joins(String joins) {
            this.joins = Objects.requireNonNull(joins, "joins");
            return this;
        }

        /**
         * The relations of the projection's own aggregates, in their two shapes ({@link Aggregates}).
         *
         * @param perRow the lateral joins, each starting with a space
         * @param wholeTable the derived-table joins, each starting with a space
         */
        public Builder<P> aggregates(String perRow, String wholeTable) {
            this.aggregates = new Aggregates(perRow, wholeTable);
            return this;
        }

        /** See {@link QueryDefinition#nestedRows()}. */
        public Builder<P> nestedRows(NestedRows<P> nestedRows) {
            this.nestedRows = Objects.requireNonNull(nestedRows, "nestedRows");
            return this;
        }

        /** See {@link QueryDefinition#jsonWriter()}. */
        public Builder<P> jsonWriter(JsonOutput.RecordWriter<P> jsonWriter) {
            this.jsonWriter = Objects.requireNonNull(jsonWriter, "jsonWriter");
            return this;
        }

        /** See {@link QueryDefinition#stringColumns()}. */
        public Builder<P> stringColumns(int... columns) {
            this.stringColumns = columns.clone();
            return this;
        }

        /** See {@link QueryDefinition#doubleColumns()}. */
        public Builder<P> doubleColumns(int... columns) {
            this.doubleColumns = columns.clone();
            return this;
        }

        /** See {@link QueryDefinition#decimalColumns()}. */
        public Builder<P> decimalColumns(int... columns) {
            this.decimalColumns = columns.clone();
            return this;
        }

        /** See {@link QueryDefinition#uniqueKey()}. */
        public Builder<P> uniqueKey(Column<P, ?> key) {
            this.uniqueKey = Objects.requireNonNull(key, "key");
            return this;
        }

        /** The definition; throws {@link NullPointerException} naming a required part that is missing. */
        public QueryDefinition<P> build() {
            return new QueryDefinition<>(this);
        }
    }
}
