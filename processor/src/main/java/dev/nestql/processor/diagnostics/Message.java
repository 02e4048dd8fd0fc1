package dev.nestql.processor.diagnostics;

/**
 * The processor's error messages. Each states the rule that was broken, names the offending thing
 * and says how to fix it. Codes are stable: they are documented in docs/errors.md and tested one by
 * one, so a code is never reused for another rule.
 */
public enum Message {
    // Tables
    TABLE_NOT_RECORD(101, "@Table %s is %s, but tables are declared as records. Declare it as `record %s(...)`."),
    TABLE_NAME_INVALID(102, "@Table(\"%s\") on %s is not a table name. Write the table name, optionally schema-qualified, e.g. @Table(\"inventory.device\")."),
    MULTIPLE_IDS(103, "%s marks %s with @Id, but a table has a single-column primary key. Keep @Id on one component."),
    UNSUPPORTED_TYPE(104, "%s has type %s, which nestql cannot read or write. Use a primitive or its box, String, BigDecimal, UUID, LocalDate, LocalTime, LocalDateTime, OffsetDateTime, OffsetTime, Instant, dev.nestql.Interval, byte[], an enum, or a List of String, Boolean, Short, Integer, Long, Float, Double, BigDecimal, UUID, a date or time type or Interval for a one-dimensional array (as a plain or @Path component). A column of a type without one of these (money, a range, geometry, an array of other elements) reads as String in PostgreSQL's text form, or converts in SQL: @Sql(\"{price}::numeric\") BigDecimal price."),
    FOREIGN_KEY_TARGET_NOT_TABLE(105, "@ForeignKey on %s references %s, which is not a @Table record. Reference the record that declares the table."),
    FOREIGN_KEY_TARGET_WITHOUT_ID(106, "@ForeignKey on %s references %s, which has no @Id, so no row of it can be identified. Mark the primary key component of %s with @Id."),
    FOREIGN_KEY_TYPE_MISMATCH(107, "Foreign key %s has type %s, but the @Id it references, %s, has type %s. Declare the key as %s (or its box, for a nullable key)."),
    FOREIGN_KEY_NAME_REQUIRED(108, "The to-one relation of @ForeignKey %s gets its name from the component name without a trailing \"Id\", but \"%s\" does not end in \"Id\". Name the relation: @ForeignKey(references = ..., name = \"...\")."),
    RELATION_NAME_CLASH(109, "Relation \"%s\" of %s would mean both %s and %s. Give one of them another name with %s."),
    COLUMN_NAME_INVALID(110, "@Column(\"%s\") on %s is not a column name. Write the column's name as it is in the database, or remove @Column to use \"%s\"."),

    // Projections
    PROJECTION_NOT_RECORD(201, "@Projection %s is %s, but projections are declared as records. Declare it as `record %s(...)`."),
    PROJECTION_TARGET_NOT_TABLE(202, "@Projection of %s names %s, which is not a @Table record. Name the @Table record this projection reads from."),
    UNKNOWN_COLUMN(203, "%s: %s has no column \"%s\".%s Columns of %s: %s."),
    UNKNOWN_RELATION(204, "%s: %s has no relation \"%s\".%s Relations of %s: %s."),
    TYPE_MISMATCH(205, "Component %s has type %s, but %s is %s. Declare the component as %s."),
    PRIMITIVE_NULLABLE(206, "Component %s has primitive type %s, but %s can be null (%s). Declare it as %s."),
    TO_MANY_IN_PATH(207, "%s: \"%s\" is a to-many relation (%s to %s), but this path can only follow to-one relations. Use @Nested with a List for related rows."),
    NESTED_NOT_PROJECTION(208, "@Nested component %s has type %s, but it must be a @Projection record, or a List of one.%s"),
    NESTED_WRONG_TABLE(209, "@Nested(\"%s\") on %s leads to %s, but %s is a projection of %s. Use a @Projection(%s.class) record."),
    NESTED_NOT_LIST(210, "@Nested(\"%s\") on %s can reach many rows (through \"%s\"), so the component must be a List<%s>."),
    NESTED_NOT_SINGLE(211, "@Nested(\"%s\") on %s reaches at most one row, so the component must be %s, not a List."),
    LIST_OPTION_ON_SINGLE(212, "@Nested(\"%s\") on %s is a single record, but %s only applies to lists. Remove it."),
    LIMIT_NEGATIVE(213, "@Nested limit = %d on %s is negative. Use a positive number of rows per parent, or 0 for no limit."),
    NESTING_CYCLE(214, "Nested projections form a cycle: %s. It would nest forever: end one branch with a projection that does not nest back."),
    DUPLICATE_QUERY_CLASS(215, "Projections %s and %s would both generate %s. Rename one of the records."),
    HANDLE_CLASH(216, "Handle %s of %s would stand for both %s and %s. Rename the component."),
    UNRESOLVED_TYPE(217, "%s was not processed because type %s never became available: check that it exists and is on the classpath."),
    CONFLICTING_ANNOTATIONS(218, "Component %s has %s, but a component takes one of them. Keep @Path for a column, @Nested for related records, or one of @Count, @Sum, @Avg, @Min, @Max, @Exists, @First and @Sql for a computed value."),
    PATH_SYNTAX(219, "%s: \"%s\" is not a path. Write relation names and a column name separated by dots, e.g. \"category.name\"."),
    PATH_ENDS_AT_RELATION(220, "%s: \"%s\" ends at relation \"%s\", but it must end at a column. %s"),
    NESTED_ENDS_AT_COLUMN(221, "%s: \"%s\" ends at \"%s\", which is a column of %s, not a relation. %s"),
    NOT_ACCESSIBLE(222, "%s is private, so the generated %s cannot create it. Make it package-private or public."),
    NOT_ACCESSIBLE_FROM_PACKAGE(223, "%s is not public, so %s in package %s cannot create it. Make %s public."),
    AGGREGATE_NEEDS_RELATION(224, "%s: \"%s\" is a column of %s itself, but @%s aggregates related rows. Start the path with a relation of %s, e.g. \"%s\"."),
    AGGREGATE_COLUMN_TYPE(225, "%s: @%s needs %s, but \"%s\" is %s. Aggregate another column, or use %s."),
    FIRST_WITHOUT_ORDER(226, "@First on %s has no orderBy, so no row is first. Name the order, e.g. orderBy = \"-%s\" for the highest %s first."),
    SQL_TEMPLATE_SYNTAX(227, "@Sql on %s: %s. Write placeholders as {column} or {relation.column}, and {{ or }} for a literal brace."),
    DISTINCT_NEEDS_ID(228, "@Count(value = \"%s\", distinct = true) on %s counts distinct %s rows, but %s has no @Id to tell them apart. Mark its primary key with @Id, or drop distinct."),

    // Filter language
    WHERE_SYNTAX(301, "%s: the condition \"%s\" has a syntax error at column %d: %s."),
    WHERE_LITERAL_TYPE(302, "%s: \"%s\" is %s, which cannot be compared with %s. Write %s."),
    WHERE_LIKE_NOT_TEXT(303, "%s: like needs a text column, but \"%s\" is %s. Use = or in."),

    // The compile-time schema check
    SCHEMA_CHECK_FAILED(401, "The schema check (-Anestql.verify.url) could not read the database at %s: %s. Start the database or correct the option's URL, user and password; without the option the build does not check the schema."),

    // The processor itself
    INTERNAL_ERROR(901, "nestql hit an internal error while processing %s. Please report it with this trace:\n%s");

    private final String code;
    private final String format;

    Message(int number, String format) {
        this.code = "NQ" + (1000 + number);
        this.format = format;
    }

    /** The stable code, {@code NQ1101} for example. */
    public String code() {
        return code;
    }

    /** The message text with {@code arguments} filled in, prefixed by the code in brackets. */
    public String format(Object... arguments) {
        return "[" + code + "] " + String.format(format, arguments);
    }
}
