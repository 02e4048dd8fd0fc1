package dev.nestql.schema.types;

import dev.nestql.schema.model.SqlType;
import dev.nestql.schema.naming.Names;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Java type nestql reads each PostgreSQL column type into: the type a generated {@code @Table}
 * record declares. Domains are read as their base types. Every type this table names is one the
 * processor supports: the generator's tests compile records of every one of them with the processor
 * ({@code SchemaGeneratorTest}), and the verifier finds them clean ({@code RentalVerifierTest}).
 */
public final class TypeTable {
    private static final JavaType.Scalar STRING = new JavaType.Scalar("java.lang.String", null);

    /** The built-in types with a Java type of their own, by name. */
    private static final Map<String, JavaType.Scalar> BUILT_IN = Map.ofEntries(
            Map.entry("bool", new JavaType.Scalar("java.lang.Boolean", "boolean")),
            Map.entry("int2", new JavaType.Scalar("java.lang.Short", "short")),
            Map.entry("int4", new JavaType.Scalar("java.lang.Integer", "int")),
            Map.entry("int8", new JavaType.Scalar("java.lang.Long", "long")),
            Map.entry("float4", new JavaType.Scalar("java.lang.Float", "float")),
            Map.entry("float8", new JavaType.Scalar("java.lang.Double", "double")),
            Map.entry("numeric", new JavaType.Scalar("java.math.BigDecimal", null)),
            Map.entry("uuid", new JavaType.Scalar("java.util.UUID", null)),
            Map.entry("date", new JavaType.Scalar("java.time.LocalDate", null)),
            Map.entry("time", new JavaType.Scalar("java.time.LocalTime", null)),
            Map.entry("timetz", new JavaType.Scalar("java.time.OffsetTime", null)),
            Map.entry("timestamp", new JavaType.Scalar("java.time.LocalDateTime", null)),
            Map.entry("timestamptz", new JavaType.Scalar("java.time.OffsetDateTime", null)),
            Map.entry("interval", new JavaType.Scalar("dev.nestql.Interval", null)),
            Map.entry("bytea", new JavaType.Scalar("byte[]", null)));

    /**
     * Types read as the text PostgreSQL writes. Their JSON is a string too, so that their arrays
     * read as {@code List<String>} on every path; except {@code json} and {@code jsonb}, whose
     * arrays are text as a whole ({@link #array}).
     */
    private static final Set<String> TEXTS = Set.of(
            "text", "varchar", "bpchar", "char", "name", "citext", "json", "jsonb", "inet", "cidr", "macaddr", "macaddr8",
            "tsvector", "tsquery", "xml", "money", "bit", "varbit");

    /** How the types of a database are read. */
    public record Options(boolean enumsAsStrings, boolean timestamptzAsInstant) {
        /** Java enums for PostgreSQL enums, {@code OffsetDateTime} for {@code timestamptz}. */
        public static final Options DEFAULTS = new Options(false, false);
    }

    /**
     * A column type's Java type, and why it is a {@code String} when another type might be expected.
     *
     * @param type the Java type
     * @param note why the type is read as text, for the generated Javadoc; empty when it is the natural type
     */
    public record Mapping(JavaType type, Optional<String> note) {}

    private TypeTable() {}

    /** The Java type that {@code type} is read into under {@code options}. */
    public static Mapping javaType(SqlType type, Options options) {
        SqlType plain = type.withoutDomains();
        switch (plain.kind()) {
            case ARRAY:
                return array(plain, options);
            case ENUM:
                if (options.enumsAsStrings()) {
                    return new Mapping(STRING, Optional.empty());
                }
                for (String label : plain.labels()) {
                    if (!Names.isJavaName(label)) {
                        return new Mapping(STRING, Optional.of("the enum " + plain.name() + " has labels that are no Java"
                                + " names, such as '" + label + "', so its values are read as text"));
                    }
                }
                return new Mapping(new JavaType.EnumOf(plain), Optional.empty());
            case BASE:
                JavaType.Scalar builtIn = plain.schema().equals("pg_catalog") ? BUILT_IN.get(plain.name()) : null;
                if (builtIn != null) {
                    if (builtIn.className().equals("java.time.OffsetDateTime") && options.timestamptzAsInstant()) {
                        return new Mapping(new JavaType.Scalar("java.time.Instant", null), Optional.empty());
                    }
                    return new Mapping(builtIn, Optional.empty());
                }
                if (isText(plain)) {
                    return new Mapping(STRING, Optional.empty());
                }
                break;
            default:
                break;
        }
        return new Mapping(STRING, Optional.of(plain.name() + " has no Java type in nestql; it is read as"
                + " PostgreSQL writes it"));
    }

    private static Mapping array(SqlType array, Options options) {
        SqlType element = array.element().withoutDomains();
        if (element.kind() == SqlType.Kind.BASE && (element.name().equals("json") || element.name().equals("jsonb"))) {
            return new Mapping(STRING, Optional.of("an array of " + element.name() + " is read as PostgreSQL writes it:"
                    + " inside JSON its elements could not be told from texts"));
        }
        Mapping elementMapping = javaType(element, options);
        if (elementMapping.note().isEmpty() || element.kind() == SqlType.Kind.ENUM) {
            // An enum's labels are texts, whatever they are.
            return new Mapping(new JavaType.ListOf(elementMapping.type()), elementMapping.note());
        }
        return new Mapping(STRING, Optional.of("an array of " + element.name() + " has no Java list type in nestql;"
                + " it is read as PostgreSQL writes it"));
    }

    private static boolean isText(SqlType type) {
        return (type.schema().equals("pg_catalog") || type.name().equals("citext")) && TEXTS.contains(type.name());
    }
}
