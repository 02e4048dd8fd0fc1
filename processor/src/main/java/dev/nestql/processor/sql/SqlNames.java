package dev.nestql.processor.sql;

import java.util.Set;
import java.util.regex.Pattern;

/** Identifier quoting and string literals, PostgreSQL's rules. */
public final class SqlNames {
    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_]*");

    /** PostgreSQL's reserved key words (SQL key words appendix), which a plain name may not be. */
    private static final Set<String> RESERVED = Set.of(
            "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization",
            "binary", "both", "case", "cast", "check", "collate", "collation", "column", "concurrently",
            "constraint", "create", "cross", "current_catalog", "current_date", "current_role",
            "current_schema", "current_time", "current_timestamp", "current_user", "default", "deferrable",
            "desc", "distinct", "do", "else", "end", "except", "false", "fetch", "for", "foreign", "freeze",
            "from", "full", "grant", "group", "having", "ilike", "in", "initially", "inner", "intersect",
            "into", "is", "isnull", "join", "lateral", "leading", "left", "like", "limit", "localtime",
            "localtimestamp", "natural", "not", "notnull", "null", "offset", "on", "only", "or", "order",
            "outer", "overlaps", "placing", "primary", "references", "returning", "right", "select",
            "session_user", "similar", "some", "symmetric", "system_user", "table", "tablesample", "then",
            "to", "trailing", "true", "union", "unique", "user", "using", "variadic", "verbose", "when",
            "where", "window", "with");

    private SqlNames() {}

    /** {@code name} as an SQL identifier: as is when PostgreSQL reads it unchanged, else quoted. */
    public static String identifier(String name) {
        if (PLAIN.matcher(name).matches() && !RESERVED.contains(name)) {
            return name;
        }
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** A table name, each dot-separated part (schema, table) an identifier. */
    public static String table(String name) {
        StringBuilder sql = new StringBuilder();
        for (String part : name.split("\\.", -1)) {
            if (sql.length() > 0) {
                sql.append('.');
            }
            sql.append(identifier(part));
        }
        return sql.toString();
    }

    /** {@code text} as an SQL string literal. */
    public static String literal(String text) {
        return '\'' + text.replace("'", "''") + '\'';
    }
}
