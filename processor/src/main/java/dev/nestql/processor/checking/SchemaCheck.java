package dev.nestql.processor.checking;

import com.palantir.javapoet.ClassName;
import dev.nestql.processor.diagnostics.Diagnostics;
import dev.nestql.processor.diagnostics.Message;
import dev.nestql.processor.model.ColumnModel;
import dev.nestql.processor.model.Component;
import dev.nestql.processor.model.ProjectionModel;
import dev.nestql.processor.model.TableModel;
import dev.nestql.processor.writing.RegistryWriter;
import dev.nestql.schema.registry.RelationUse;
import dev.nestql.schema.registry.TableDeclaration;
import dev.nestql.schema.verify.Finding;
import dev.nestql.schema.verify.SchemaVerifier;
import dev.nestql.schema.verify.VerificationReport;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Checks the compilation's {@code @Table} records, and the indexes its projections need, against
 * the database named by the processor option {@value #URL}, with the schema verifier's rules.
 * Without the option nothing here runs and the build never touches a database.
 *
 * <p>Options: {@value #URL} (a PostgreSQL JDBC URL; {@code currentSchema} in it sets the search
 * path that unqualified table names are looked up on), {@value #USER} and {@value #PASSWORD}
 * (else the URL's, else {@code PGPASSWORD}).
 */
public final class SchemaCheck {
    /** The option naming the database. */
    public static final String URL = "nestql.verify.url";
    /** The option naming the user. */
    public static final String USER = "nestql.verify.user";
    /** The option giving the password. */
    public static final String PASSWORD = "nestql.verify.password";

    private final Map<String, String> options;
    private final Diagnostics diagnostics;
    private final Map<String, TableModel> tables = new LinkedHashMap<>();
    private final Map<String, ProjectionModel> projections = new LinkedHashMap<>();

    /** A check configured by the processor's {@code options}, reporting through {@code diagnostics}. */
    public SchemaCheck(Map<String, String> options, Diagnostics diagnostics) {
        this.options = options;
        this.diagnostics = diagnostics;
    }

    /** Whether the option is set, so that the records are to be checked. */
    public boolean enabled() {
        String url = options.get(URL);
        return url != null && !url.isBlank();
    }

    /** Adds a table of this compilation. */
    public void add(TableModel table) {
        tables.putIfAbsent(table.record().reflectionName(), table);
    }

    /** Adds a projection of this compilation. */
    public void add(ProjectionModel projection) {
        projections.putIfAbsent(projection.record().reflectionName(), projection);
    }

    /**
     * Verifies what was added since the last run, and reports each finding on its record
     * component: an error as an error, a warning as a warning, advice as a note. Called at the end
     * of each round, while javac can still place messages on the round's elements.
     */
    public void run(Function<ClassName, Optional<TableModel>> tableOf) {
        if (!enabled() || tables.isEmpty()) {
            projections.clear();
            return;
        }
        try {
            check(tableOf);
        } finally {
            // Each round checks what it compiled.
            tables.clear();
            projections.clear();
        }
    }

    private void check(Function<ClassName, Optional<TableModel>> tableOf) {
        List<TableDeclaration> declarations = new ArrayList<>();
        Map<String, Element> elements = new HashMap<>();
        for (TableModel table : tables.values()) {
            declarations.add(RegistryWriter.declaration(table, tableOf));
            String record = table.record().reflectionName();
            elements.put(record, table.element());
            for (ColumnModel column : table.columns()) {
                elements.put(record + "." + column.name(), column.element());
            }
        }
        List<RelationUse> uses = new ArrayList<>();
        for (ProjectionModel projection : projections.values()) {
            uses.addAll(RegistryWriter.uses(projection));
            collectElements(projection, elements);
        }
        Properties properties = new Properties();
        Optional.ofNullable(options.get(USER)).ifPresent(user -> properties.setProperty("user", user));
        Optional.ofNullable(options.get(PASSWORD)).or(() -> Optional.ofNullable(System.getenv("PGPASSWORD")))
                .ifPresent(password -> properties.setProperty("password", password));
        String url = options.get(URL);
        VerificationReport report;
        try (Connection connection = new org.postgresql.Driver().connect(url, properties)) {
            if (connection == null) {
                diagnostics.print(Diagnostic.Kind.ERROR, Message.SCHEMA_CHECK_FAILED.format(url,
                        "it is not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database)"), null);
                return;
            }
            report = SchemaVerifier.verify(connection, declarations, uses);
        } catch (SQLException e) {
            diagnostics.print(Diagnostic.Kind.ERROR, Message.SCHEMA_CHECK_FAILED.format(url, e.getMessage()
                    + (e.getSQLState() != null ? " (SQL state " + e.getSQLState() + ")" : "")), null);
            return;
        }
        for (Finding finding : report.findings()) {
            Element element = elements.get(finding.where());
            if (element == null) {
                element = elements.get(finding.where().substring(0, Math.max(0, finding.where().lastIndexOf('.'))));
            }
            String text = "[" + finding.code() + "] " + simpleName(finding.where()) + ": " + finding.problem() + " Fix: "
                    + finding.fix();
            Diagnostic.Kind kind = switch (finding.severity()) {
                case ERROR -> Diagnostic.Kind.ERROR;
                case WARNING -> Diagnostic.Kind.WARNING;
                case ADVICE -> Diagnostic.Kind.NOTE;
            };
            diagnostics.print(kind, text, element);
        }
    }

    private static void collectElements(ProjectionModel projection, Map<String, Element> elements) {
        String record = projection.record().reflectionName();
        if (elements.putIfAbsent(record, projection.element()) != null) {
            return;
        }
        for (Component component : projection.components()) {
            elements.put(record + "." + component.name(), component.element());
            if (component instanceof Component.Nested nested) {
                collectElements(nested.target(), elements);
            }
        }
    }

    /** {@code com.acme.Film.languageId} as {@code Film.languageId}. */
    private static String simpleName(String where) {
        int component = where.lastIndexOf('.');
        int type = where.lastIndexOf('.', component - 1);
        String name = where.substring(type + 1);
        return name.replace('$', '.');
    }
}
