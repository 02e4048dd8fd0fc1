package dev.nestql.schema.verify;

import dev.nestql.schema.catalog.CatalogReader;
import dev.nestql.schema.model.Catalog;
import dev.nestql.schema.model.Column;
import dev.nestql.schema.model.Relation;
import dev.nestql.schema.model.RelationName;
import dev.nestql.schema.model.SqlType;
import dev.nestql.schema.registry.JavaTypeName;
import dev.nestql.schema.registry.Registry;
import dev.nestql.schema.registry.RelationUse;
import dev.nestql.schema.registry.TableDeclaration;
import dev.nestql.schema.verify.Finding.Severity;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Checks the {@code @Table} records of an application against a live database and reports every
 * difference at once. The processor records the tables and projections it compiles in the
 * class path's registry ({@link Registry}), so the caller does not list them.
 *
 * <pre>{@code
 * // In a test: every record matches the migrated database.
 * VerificationReport report = SchemaVerifier.verify(connection);
 * assertTrue(report.isClean(), report::toString);
 *
 * // At start-up: fail fast with the whole report.
 * SchemaVerifier.requireValid(dataSource);
 * }</pre>
 *
 * <p>The checks, each a {@link Finding} with a stable code:
 *
 * <ul>
 *   <li>{@code NQ2001} error: the table does not exist (an unqualified name is looked up on the
 *       connection's search path, as queries look it up);
 *   <li>{@code NQ2002} error: a column does not exist;
 *   <li>{@code NQ2003} error: the component's Java type cannot hold the column's type;
 *   <li>{@code NQ2004} error: a primitive component over a column that may be {@code NULL};
 *   <li>{@code NQ2005} error: the {@code @Id} is not the table's primary key;
 *   <li>{@code NQ2006} error: an enum label has no constant in the component's Java enum;
 *   <li>{@code NQ2101} warning: a {@code @ForeignKey} that no constraint of the database declares;
 *   <li>{@code NQ2201} advice: a nested list or aggregate reads rows by a referencing column that
 *       no index leads with, with the {@code CREATE INDEX} statement.
 * </ul>
 *
 * <p>It reads PostgreSQL's catalog only, in six statements whatever the number of records, and
 * changes nothing.
 */
public final class SchemaVerifier {
    private SchemaVerifier() {}

    /**
     * Checks the records that the context class loader's registry holds against the database of
     * {@code connection}.
     *
     * @throws SQLException when the catalog cannot be read
     */
    public static VerificationReport verify(Connection connection) throws SQLException {
        Registry.Contents contents = Registry.load(Thread.currentThread().getContextClassLoader());
        return verify(connection, contents.tables(), contents.uses());
    }

    /**
     * Checks the records of the registry against the database of {@code dataSource}, and throws
     * with the whole report when an error or a warning is found.
     *
     * @throws SchemaMismatchException when the records and the database differ
     * @throws SQLException when the catalog cannot be read
     */
    public static VerificationReport requireValid(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            VerificationReport report = verify(connection);
            report.requireClean();
            return report;
        }
    }

    /**
     * Checks {@code tables}, and the indexes that {@code uses} need, against the database of
     * {@code connection}.
     *
     * @throws SQLException when the catalog cannot be read
     */
    public static VerificationReport verify(Connection connection, List<TableDeclaration> tables, List<RelationUse> uses)
            throws SQLException {
        Map<String, RelationName> resolved = resolve(connection, tables, uses);
        Set<String> schemas = new LinkedHashSet<>();
        resolved.values().forEach(name -> schemas.add(name.schema()));
        Catalog catalog = CatalogReader.read(connection, new ArrayList<>(schemas));
        List<Finding> findings = new ArrayList<>();
        for (TableDeclaration table : tables) {
            check(table, resolved, catalog, findings);
        }
        Set<String> advised = new LinkedHashSet<>();
        for (RelationUse use : uses) {
            RelationName name = resolved.get(use.table());
            Optional<Relation> relation = name == null ? Optional.empty() : catalog.relation(name);
            if (relation.isEmpty() || relation.get().column(use.column()).isEmpty()) {
                continue; // reported with the table's record
            }
            boolean indexed = relation.get().indexes().stream().anyMatch(index -> index.leadsWith(use.column()));
            if (!indexed && advised.add(use.table() + "." + use.column())) {
                findings.add(new Finding(Severity.ADVICE, "NQ2201", use.projection() + "." + use.component(),
                        "reads the rows of " + name + " by " + use.column() + ", which no index leads with, so each"
                                + " parent's rows are found by scanning the table.",
                        "CREATE INDEX ON " + quote(name.schema()) + "." + quote(name.name()) + " ("
                                + quote(use.column()) + ");"));
            }
        }
        findings.sort(Comparator.comparing(Finding::severity));
        return new VerificationReport(tables.size(), findings);
    }

    /**
     * Each {@code @Table} name, resolved as PostgreSQL resolves it in a query on this connection:
     * {@code to_regclass} of the quoted name. Absent when there is no such relation.
     */
    private static Map<String, RelationName> resolve(Connection connection, List<TableDeclaration> tables,
            List<RelationUse> uses) throws SQLException {
        Set<String> names = new LinkedHashSet<>();
        tables.forEach(table -> names.add(table.table()));
        uses.forEach(use -> names.add(use.table()));
        for (TableDeclaration table : tables) {
            table.columns().forEach(column -> column.references().ifPresent(reference -> names.add(reference.table())));
        }
        Map<String, String> byQuoted = new HashMap<>();
        names.forEach(name -> byQuoted.put(quoteQualified(name), name));
        Map<String, RelationName> resolved = new HashMap<>();
        // One statement for every name, however many records there are.
        Array quoted = connection.createArrayOf("text", byQuoted.keySet().toArray());
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT name, n.nspname, c.relname
                FROM unnest(?::text[]) AS name
                JOIN pg_catalog.pg_class c ON c.oid = to_regclass(name)
                JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace""")) {
            statement.setArray(1, quoted);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    resolved.put(byQuoted.get(row.getString(1)), new RelationName(row.getString(2), row.getString(3)));
                }
            }
        } finally {
            quoted.free();
        }
        return resolved;
    }

    private static void check(TableDeclaration table, Map<String, RelationName> resolved, Catalog catalog,
            List<Finding> findings) {
        RelationName name = resolved.get(table.table());
        Optional<Relation> found = name == null ? Optional.empty() : catalog.relation(name);
        if (found.isEmpty()) {
            findings.add(new Finding(Severity.ERROR, "NQ2001", table.record(), "its table " + table.table()
                    + " does not exist on the connection's search path.",
                    "create the table, or correct @Table(\"" + table.table() + "\")."));
            return;
        }
        Relation relation = found.get();
        for (TableDeclaration.Column declared : table.columns()) {
            String where = table.record() + "." + declared.component();
            Optional<Column> column = relation.column(declared.column());
            if (column.isEmpty()) {
                findings.add(new Finding(Severity.ERROR, "NQ2002", where, "its column " + declared.column()
                        + " does not exist in " + relation.name() + ".", "add the column, or name the right one with"
                        + " @Column(\"...\"); the table has " + columnNames(relation) + "."));
                continue;
            }
            checkColumn(declared, column.get(), relation, where, findings);
        }
        for (TableDeclaration.Column declared : table.columns()) {
            declared.references().ifPresent(reference -> checkReference(table, declared, reference, relation, resolved,
                    findings));
        }
    }

    private static void checkColumn(TableDeclaration.Column declared, Column column, Relation relation, String where,
            List<Finding> findings) {
        JavaTypeName type = declared.javaType();
        SqlType sqlType = column.type().withoutDomains();
        if (!JavaTypes.canHold(type, sqlType)) {
            findings.add(new Finding(Severity.ERROR, "NQ2003", where, "its type " + type + " cannot hold the column "
                    + column.name() + " of type " + column.declaredType() + ".",
                    "declare it as " + JavaTypes.suggestion(sqlType, type.isPrimitive()) + "."));
        } else if (type.isEnum()) {
            SqlType enumType = sqlType.kind() == SqlType.Kind.ARRAY ? sqlType.element().withoutDomains() : sqlType;
            for (String label : enumType.labels()) {
                if (!type.enumConstants().contains(label)) {
                    findings.add(new Finding(Severity.ERROR, "NQ2006", where, "the enum " + enumType.sqlName()
                            + " has the label '" + label + "', which " + type.name() + " has no constant for;"
                            + " a row holding it cannot be read.", "add the constant " + label + " to " + type.name()
                            + ", or read the column as a String."));
                }
            }
        }
        if (type.isPrimitive() && !(column.notNull() && relation.kind().isTable())) {
            findings.add(new Finding(Severity.ERROR, "NQ2004", where, "it is a primitive " + type + ", but the column "
                    + column.name() + " may be NULL" + (relation.kind().isTable() ? "" : " (a view's columns may always be)")
                    + ".", "declare it with the boxed type, or make the column NOT NULL."));
        }
        if (declared.id() && !relation.primaryKey().equals(List.of(column.name()))) {
            findings.add(new Finding(Severity.ERROR, "NQ2005", where, "it is the @Id, but the primary key of "
                    + relation.name() + " is " + (relation.primaryKey().isEmpty() ? "missing"
                            : "(" + String.join(", ", relation.primaryKey()) + ")") + ".",
                    "move @Id to the primary key's component, or declare the primary key: ALTER TABLE "
                            + quote(relation.name().schema()) + "." + quote(relation.name().name())
                            + " ADD PRIMARY KEY (" + quote(column.name()) + ");"));
        }
    }

    private static void checkReference(TableDeclaration table, TableDeclaration.Column declared,
            TableDeclaration.Reference reference, Relation relation, Map<String, RelationName> resolved,
            List<Finding> findings) {
        RelationName target = resolved.get(reference.table());
        boolean constrained = target != null && relation.foreignKeys().stream().anyMatch(key ->
                key.columns().equals(List.of(declared.column())) && key.target().equals(target)
                        && key.targetColumns().equals(List.of(reference.column())));
        if (!constrained) {
            findings.add(new Finding(Severity.WARNING, "NQ2101", table.record() + "." + declared.component(),
                    "its @ForeignKey to " + reference.table() + " (" + reference.column() + ") has no foreign-key"
                            + " constraint in the database, so rows may reference nothing.",
                    "declare it: ALTER TABLE " + quote(relation.name().schema()) + "." + quote(relation.name().name())
                            + " ADD FOREIGN KEY (" + quote(declared.column()) + ") REFERENCES "
                            + quoteQualified(reference.table()) + " (" + quote(reference.column()) + ");"));
        }
    }

    private static String columnNames(Relation relation) {
        List<String> names = new ArrayList<>();
        relation.columns().forEach(column -> names.add(column.name()));
        return String.join(", ", names);
    }

    /** An identifier, always quoted: exactly the name, whatever its case. */
    private static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** A {@code @Table} name ({@code table} or {@code schema.table}), each part quoted. */
    private static String quoteQualified(String name) {
        int dot = name.indexOf('.');
        return dot < 0 ? quote(name) : quote(name.substring(0, dot)) + "." + quote(name.substring(dot + 1));
    }
}
