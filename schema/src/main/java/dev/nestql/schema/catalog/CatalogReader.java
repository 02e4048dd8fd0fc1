package dev.nestql.schema.catalog;

import dev.nestql.schema.model.Catalog;
import dev.nestql.schema.model.Column;
import dev.nestql.schema.model.ForeignKey;
import dev.nestql.schema.model.Index;
import dev.nestql.schema.model.Relation;
import dev.nestql.schema.model.RelationName;
import dev.nestql.schema.model.SqlType;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the relations of chosen schemas from PostgreSQL's catalog ({@code pg_class},
 * {@code pg_attribute}, {@code pg_type}, {@code pg_constraint}, {@code pg_index}) in five
 * statements, whatever the number of tables. Tables, partitioned tables, views, materialized
 * views and foreign tables are read; partitions are not (their partitioned table stands for
 * them). Works on PostgreSQL 12 and later; reads nothing but the catalog, and changes nothing.
 */
public final class CatalogReader {
    /** The relations read: every relation of the schemas named by parameter 1 that is not a partition. */
    private static final String RELATIONS = """
            SELECT c.oid, n.nspname, c.relname, c.relkind, obj_description(c.oid, 'pg_class')
            FROM pg_catalog.pg_class c
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ANY (?) AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND NOT c.relispartition""";

    private static final String COLUMNS = "WITH rel AS (" + RELATIONS + ")\n" + """
            SELECT a.attrelid, a.attnum, a.attname, a.attnotnull, a.atttypid,
                   pg_catalog.format_type(a.atttypid, a.atttypmod), pg_catalog.col_description(a.attrelid, a.attnum)
            FROM pg_catalog.pg_attribute a
            WHERE a.attrelid IN (SELECT oid FROM rel) AND a.attnum > 0 AND NOT a.attisdropped
            ORDER BY a.attrelid, a.attnum""";

    /** Every type a column uses, and the element and base types those are made of. */
    private static final String TYPES = "WITH RECURSIVE rel AS (" + RELATIONS + "),\n" + """
            used (oid) AS (
                SELECT a.atttypid FROM pg_catalog.pg_attribute a
                WHERE a.attrelid IN (SELECT oid FROM rel) AND a.attnum > 0 AND NOT a.attisdropped
                UNION
                SELECT part.oid FROM used
                JOIN pg_catalog.pg_type t ON t.oid = used.oid
                CROSS JOIN LATERAL (VALUES (t.typelem), (t.typbasetype)) AS part (oid)
                WHERE part.oid <> 0)
            SELECT t.oid, n.nspname, t.typname, t.typtype, t.typcategory, t.typelem, t.typbasetype, t.typnotnull,
                   ARRAY(SELECT e.enumlabel::text FROM pg_catalog.pg_enum e WHERE e.enumtypid = t.oid
                         ORDER BY e.enumsortorder)
            FROM pg_catalog.pg_type t
            JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
            WHERE t.oid IN (SELECT oid FROM used)""";

    /**
     * Primary and foreign keys. A foreign key that references a partitioned table has copies on
     * the referencing table for each partition ({@code conparentid} set), which are left out.
     */
    private static final String CONSTRAINTS = "WITH rel AS (" + RELATIONS + ")\n" + """
            SELECT co.conrelid, co.conname, co.contype,
                   ARRAY(SELECT a.attname::text FROM unnest(co.conkey) WITH ORDINALITY AS k (attnum, n)
                         JOIN pg_catalog.pg_attribute a ON a.attrelid = co.conrelid AND a.attnum = k.attnum
                         ORDER BY k.n),
                   fn.nspname, fc.relname,
                   ARRAY(SELECT a.attname::text FROM unnest(co.confkey) WITH ORDINALITY AS k (attnum, n)
                         JOIN pg_catalog.pg_attribute a ON a.attrelid = co.confrelid AND a.attnum = k.attnum
                         ORDER BY k.n)
            FROM pg_catalog.pg_constraint co
            LEFT JOIN pg_catalog.pg_class fc ON fc.oid = co.confrelid
            LEFT JOIN pg_catalog.pg_namespace fn ON fn.oid = fc.relnamespace
            WHERE co.conrelid IN (SELECT oid FROM rel) AND co.contype IN ('p', 'f') AND co.conparentid = 0
            ORDER BY co.conrelid, co.conname""";

    /** Indexes with their key columns ({@code NULL} for an expression), not their {@code INCLUDE} columns. */
    private static final String INDEXES = "WITH rel AS (" + RELATIONS + ")\n" + """
            SELECT i.indrelid, ic.relname, i.indisunique, i.indpred IS NOT NULL,
                   ARRAY(SELECT a.attname::text FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k (attnum, n)
                         LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
                         WHERE k.n <= i.indnkeyatts
                         ORDER BY k.n)
            FROM pg_catalog.pg_index i
            JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
            WHERE i.indrelid IN (SELECT oid FROM rel)
            ORDER BY i.indrelid, ic.relname""";

    private CatalogReader() {}

    /**
     * Reads the relations of {@code schemas} (names exactly as in the catalog, case kept), sorted
     * by schema and name. A schema that does not exist adds nothing.
     *
     * @throws SQLException when a catalog query fails
     */
    public static Catalog read(Connection connection, List<String> schemas) throws SQLException {
        Array schemaNames = connection.createArrayOf("text", schemas.toArray());
        try {
            Map<Long, RelationRow> relations = relations(connection, schemaNames);
            Map<Long, SqlType> types = types(connection, schemaNames);
            columns(connection, schemaNames, relations, types);
            constraints(connection, schemaNames, relations);
            indexes(connection, schemaNames, relations);
            List<Relation> read = new ArrayList<>();
            for (RelationRow row : relations.values()) {
                read.add(row.build());
            }
            read.sort((a, b) -> a.name().compareTo(b.name()));
            return new Catalog(read);
        } finally {
            schemaNames.free();
        }
    }

    private static Map<Long, RelationRow> relations(Connection connection, Array schemas) throws SQLException {
        Map<Long, RelationRow> relations = new LinkedHashMap<>();
        forEachRow(connection, RELATIONS, schemas, rows -> relations.put(rows.getLong(1), new RelationRow(
                new RelationName(rows.getString(2), rows.getString(3)), kind(rows.getString(4)),
                Optional.ofNullable(rows.getString(5)))));
        return relations;
    }

    /** A consumer of one result row. */
    @FunctionalInterface
    private interface RowConsumer {
        void accept(ResultSet row) throws SQLException;
    }

    /** Runs catalog statement {@code sql} for the schemas named by {@code schemas}, passing each row to {@code consumer}. */
    private static void forEachRow(Connection connection, String sql, Array schemas, RowConsumer consumer)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, schemas);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    consumer.accept(rows);
                }
            }
        }
    }

    private static Relation.Kind kind(String relkind) {
        return switch (relkind) {
            case "r" -> Relation.Kind.TABLE;
            case "p" -> Relation.Kind.PARTITIONED_TABLE;
            case "v" -> Relation.Kind.VIEW;
            case "m" -> Relation.Kind.MATERIALIZED_VIEW;
            case "f" -> Relation.Kind.FOREIGN_TABLE;
            default -> throw new IllegalStateException("relkind " + relkind + " is not read");
        };
    }

    private static Map<Long, SqlType> types(Connection connection, Array schemas) throws SQLException {
        Map<Long, TypeRow> rows = new HashMap<>();
        forEachRow(connection, TYPES, schemas, result -> rows.put(result.getLong(1), new TypeRow(result.getString(2),
                result.getString(3), result.getString(4), result.getString(5), result.getLong(6), result.getLong(7),
                result.getBoolean(8), strings(result.getArray(9)))));
        Map<Long, SqlType> types = new HashMap<>();
        for (Long oid : rows.keySet()) {
            resolve(oid, rows, types);
        }
        return types;
    }

    /** The type {@code oid}, built after the types it is made of; the catalog has no cycles among them. */
    private static SqlType resolve(long oid, Map<Long, TypeRow> rows, Map<Long, SqlType> types) {
        SqlType known = types.get(oid);
        if (known != null) {
            return known;
        }
        TypeRow row = rows.get(oid);
        SqlType type;
        if (row.category().equals("A") && row.element() != 0) {
            type = new SqlType(row.schema(), row.name(), SqlType.Kind.ARRAY, resolve(row.element(), rows, types), null,
                    List.of(), false);
        } else {
            type = switch (row.typtype()) {
                case "d" -> new SqlType(row.schema(), row.name(), SqlType.Kind.DOMAIN, null,
                        resolve(row.base(), rows, types), List.of(), row.notNull());
                case "e" -> new SqlType(row.schema(), row.name(), SqlType.Kind.ENUM, null, null, row.labels(), false);
                case "c" -> new SqlType(row.schema(), row.name(), SqlType.Kind.COMPOSITE, null, null, List.of(), false);
                case "r", "m" -> new SqlType(row.schema(), row.name(), SqlType.Kind.RANGE, null, null, List.of(), false);
                case "b" -> new SqlType(row.schema(), row.name(), SqlType.Kind.BASE, null, null, List.of(), false);
                default -> new SqlType(row.schema(), row.name(), SqlType.Kind.OTHER, null, null, List.of(), false);
            };
        }
        types.put(oid, type);
        return type;
    }

    private static void columns(Connection connection, Array schemas, Map<Long, RelationRow> relations,
            Map<Long, SqlType> types) throws SQLException {
        forEachRow(connection, COLUMNS, schemas, rows -> {
            SqlType type = types.get(rows.getLong(5));
            relations.get(rows.getLong(1)).columns.add(new Column(rows.getString(3), rows.getInt(2), type,
                    rows.getString(6), rows.getBoolean(4) || type.domainNotNull(), Optional.ofNullable(rows.getString(7))));
        });
    }

    private static void constraints(Connection connection, Array schemas, Map<Long, RelationRow> relations)
            throws SQLException {
        forEachRow(connection, CONSTRAINTS, schemas, rows -> {
            RelationRow relation = relations.get(rows.getLong(1));
            List<String> columns = strings(rows.getArray(4));
            if (rows.getString(3).equals("p")) {
                relation.primaryKey = columns;
            } else {
                relation.foreignKeys.add(new ForeignKey(rows.getString(2), columns,
                        new RelationName(rows.getString(5), rows.getString(6)), strings(rows.getArray(7))));
            }
        });
    }

    private static void indexes(Connection connection, Array schemas, Map<Long, RelationRow> relations)
            throws SQLException {
        forEachRow(connection, INDEXES, schemas, rows -> relations.get(rows.getLong(1)).indexes.add(
                new Index(rows.getString(2), strings(rows.getArray(5)), rows.getBoolean(3), rows.getBoolean(4))));
    }

    private static List<String> strings(Array array) throws SQLException {
        try {
            return Arrays.asList((String[]) array.getArray());
        } finally {
            array.free();
        }
    }

    private record TypeRow(String schema, String name, String typtype, String category, long element, long base,
            boolean notNull, List<String> labels) {}

    /** A relation while its columns, keys and indexes are read. */
    private static final class RelationRow {
        private final RelationName name;
        private final Relation.Kind kind;
        private final Optional<String> comment;
        private final List<Column> columns = new ArrayList<>();
        private List<String> primaryKey = List.of();
        private final List<ForeignKey> foreignKeys = new ArrayList<>();
        private final List<Index> indexes = new ArrayList<>();

        RelationRow(RelationName name, Relation.Kind kind, Optional<String> comment) {
            this.name = name;
            this.kind = kind;
            this.comment = comment;
        }

        Relation build() {
            return new Relation(name, kind, comment, columns, primaryKey, foreignKeys, indexes);
        }
    }
}
