package dev.nestql.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How a {@code String} component is written in JSON: as PostgreSQL's JSON of the column it was
 * read from, which depends on the column's type. {@code getString} reads the column's output text;
 * PostgreSQL's JSON of the same value is that text as a JSON string for most types, and otherwise:
 *
 * <ul>
 *   <li>{@code json} and {@code jsonb}: the JSON itself ({@link #EMBEDDED});
 *   <li>{@code boolean}: {@code true} or {@code false} for {@code t} or {@code f} ({@link #BOOLEAN});
 *   <li>numbers: the number, or a string where the text is no JSON number ({@code NaN},
 *       {@code Infinity}) ({@link #NUMBER});
 *   <li>{@code timestamp} and {@code timestamptz}: {@code T} between date and time, and an offset
 *       of whole hours with its minutes ({@code +09:00}) ({@link #TIMESTAMP}).
 * </ul>
 *
 * <p>Arrays, composite types and types with a cast to {@code json} (an extension's) have JSON of
 * their own that the text does not give: a query reading one into a {@code String} has its JSON
 * built by PostgreSQL instead ({@link #forColumns} gives {@code null}).
 */
enum StringJson {
    TEXT {
        @Override
        void write(JsonGenerator json, String text) throws IOException {
            json.writeString(text);
        }
    },
    EMBEDDED {
        @Override
        void write(JsonGenerator json, String text) throws IOException {
            json.writeRawValue(text);
        }
    },
    BOOLEAN {
        @Override
        void write(JsonGenerator json, String text) throws IOException {
            json.writeBoolean(text.equals("t") || text.equals("true"));
        }
    },
    NUMBER {
        @Override
        void write(JsonGenerator json, String text) throws IOException {
            if (isJsonNumber(text)) {
                json.writeNumber(text);
            } else {
                json.writeString(text);
            }
        }
    },
    TIMESTAMP {
        @Override
        void write(JsonGenerator json, String text) throws IOException {
            json.writeString(timestampJson(text));
        }
    };

    private static final Map<String, StringJson> BUILT_IN = Map.ofEntries(
            Map.entry("json", EMBEDDED), Map.entry("jsonb", EMBEDDED),
            Map.entry("bool", BOOLEAN),
            Map.entry("int2", NUMBER), Map.entry("int4", NUMBER), Map.entry("int8", NUMBER),
            Map.entry("smallserial", NUMBER), Map.entry("serial", NUMBER), Map.entry("bigserial", NUMBER),
            Map.entry("oid", NUMBER), Map.entry("numeric", NUMBER), Map.entry("float4", NUMBER),
            Map.entry("float8", NUMBER),
            Map.entry("timestamp", TIMESTAMP), Map.entry("timestamptz", TIMESTAMP));
    /** Built-in types whose JSON is their text as a string. */
    private static final Set<String> TEXTS = Set.of("text", "varchar", "bpchar", "char", "name", "citext", "uuid",
            "date", "time", "timetz", "interval", "money", "bytea", "inet", "cidr", "macaddr", "macaddr8", "xml",
            "bit", "varbit", "tsvector", "tsquery", "point", "line", "lseg", "box", "path", "polygon", "circle",
            "int4range", "int8range", "numrange", "daterange", "tsrange", "tstzrange", "pg_lsn", "txid_snapshot",
            "regclass", "regtype", "regproc", "xid", "cid", "tid", "unknown");
    /** Other types, by name, as the catalog describes them; {@code null} when PostgreSQL builds their JSON. */
    private static final Map<String, Object> OTHERS = new ConcurrentHashMap<>();
    private static final Object BUILT_BY_POSTGRESQL = new Object();

    /** Writes {@code text}, the column's output text. */
    abstract void write(JsonGenerator json, String text) throws IOException;

    /**
     * The form of each of {@code columns} of {@code metadata}, indexed by column, or {@code null}
     * when one of them has JSON that only PostgreSQL builds. May ask the catalog about a type it
     * has not seen (once per type name).
     */
    static StringJson[] forColumns(Connection connection, ResultSetMetaData metadata, int[] columns)
            throws SQLException {
        int size = 0;
        for (int column : columns) {
            size = Math.max(size, column + 1);
        }
        StringJson[] forms = new StringJson[size];
        for (int column : columns) {
            StringJson form = of(connection, metadata, column);
            if (form == null) {
                return null;
            }
            forms[column] = form;
        }
        return forms;
    }

    private static StringJson of(Connection connection, ResultSetMetaData metadata, int column) throws SQLException {
        if (metadata.getColumnType(column) == Types.ARRAY) {
            return null;
        }
        String name = metadata.getColumnTypeName(column);
        StringJson form = BUILT_IN.get(name);
        if (form != null) {
            return form;
        }
        if (TEXTS.contains(name)) {
            return TEXT;
        }
        Object known = OTHERS.get(name);
        if (known == null) {
            known = catalog(connection, name);
            OTHERS.put(name, known);
        }
        return known == BUILT_BY_POSTGRESQL ? null : (StringJson) known;
    }

    /**
     * What the catalog says of a type that is not built in (an enum, {@code citext} in another
     * schema, a range, an extension's type): a text, unless it is an array, a composite or pseudo
     * type or has a cast to {@code json}, whose JSON PostgreSQL builds.
     */
    private static Object catalog(Connection connection, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT t.typcategory, t.typtype, EXISTS (SELECT 1 FROM pg_catalog.pg_cast c"
                        + " WHERE c.castsource = t.oid AND c.casttarget = 'pg_catalog.json'::pg_catalog.regtype)"
                        + " FROM pg_catalog.pg_type t WHERE t.oid = pg_catalog.to_regtype(?)")) {
            statement.setString(1, name);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return BUILT_BY_POSTGRESQL;
                }
                // PostgreSQL writes a type that is not built in as its text, unless it is one of these.
                boolean array = "A".equals(row.getString(1));
                String kind = row.getString(2);
                boolean cast = row.getBoolean(3);
                return cast || array || "c".equals(kind) || "p".equals(kind) ? BUILT_BY_POSTGRESQL : TEXT;
            }
        }
    }

    /** Whether {@code text} is a JSON number, as PostgreSQL checks a number's text before writing it as one. */
    static boolean isJsonNumber(String text) {
        int i = 0;
        int length = text.length();
        if (i < length && text.charAt(i) == '-') {
            i++;
        }
        int digits = i;
        while (i < length && Character.isDigit(text.charAt(i))) {
            i++;
        }
        if (i == digits) {
            return false;
        }
        if (i < length && text.charAt(i) == '.') {
            i++;
            int fraction = i;
            while (i < length && Character.isDigit(text.charAt(i))) {
                i++;
            }
            if (i == fraction) {
                return false;
            }
        }
        if (i < length && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < length && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            int exponent = i;
            while (i < length && Character.isDigit(text.charAt(i))) {
                i++;
            }
            if (i == exponent) {
                return false;
            }
        }
        return i == length;
    }

    /**
     * A {@code timestamp} or {@code timestamptz} in JSON from its output text in the ISO date
     * style: {@code 2024-01-01 09:00:00+09 BC} is {@code 2024-01-01T09:00:00+09:00 BC}.
     */
    static String timestampJson(String text) {
        int space = text.indexOf(' ');
        if (space < 0 || !Character.isDigit(text.charAt(0))) {
            return text;
        }
        String era = text.endsWith(" BC") ? " BC" : "";
        String body = text.substring(0, text.length() - era.length());
        StringBuilder json = new StringBuilder(body.length() + 6).append(body);
        json.setCharAt(space, 'T');
        // The offset: the last sign after the time; +09 has no minutes in the text, as it has in JSON.
        int sign = Math.max(json.lastIndexOf("+"), json.lastIndexOf("-"));
        if (sign > space && json.length() - sign == 3) {
            json.append(":00");
        }
        return json.append(era).toString();
    }
}
