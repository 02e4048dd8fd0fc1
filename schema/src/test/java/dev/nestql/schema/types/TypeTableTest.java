package dev.nestql.schema.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nestql.schema.model.SqlType;
import dev.nestql.schema.types.JavaType.EnumOf;
import dev.nestql.schema.types.JavaType.ListOf;
import dev.nestql.schema.types.JavaType.Scalar;
import dev.nestql.schema.types.TypeTable.Mapping;
import dev.nestql.schema.types.TypeTable.Options;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Java type of each PostgreSQL type, through domains and arrays, and why some are read as text. */
class TypeTableTest {
    private static final Scalar STRING = new Scalar("java.lang.String", null);

    @Test
    void builtInTypesHaveTheirJavaTypes() {
        assertEquals(new Scalar("java.lang.Long", "long"), type("int8"));
        assertEquals(new Scalar("java.lang.Short", "short"), type("int2"));
        assertEquals(new Scalar("java.math.BigDecimal", null), type("numeric"));
        assertEquals(new Scalar("java.time.OffsetTime", null), type("timetz"));
        assertEquals(new Scalar("dev.nestql.Interval", null), type("interval"));
        assertEquals(new Scalar("byte[]", null), type("bytea"));
        assertEquals(STRING, type("bpchar"));
        assertEquals(STRING, type("jsonb"));
        assertEquals(STRING, type("inet"));
        assertEquals("long", ((Scalar) type("int8")).declared(true));
        assertEquals("java.lang.Long", ((Scalar) type("int8")).declared(false));
    }

    @Test
    void timestamptzIsAnInstantByOption() {
        assertEquals(new Scalar("java.time.OffsetDateTime", null), type("timestamptz"));
        assertEquals(new Scalar("java.time.Instant", null),
                TypeTable.javaType(SqlType.builtIn("timestamptz"), new Options(false, true)).type());
    }

    @Test
    void aDomainIsItsBaseType() {
        SqlType year = new SqlType("rental", "year", SqlType.Kind.DOMAIN, null, SqlType.builtIn("int4"), List.of(), false);
        SqlType recent = new SqlType("rental", "recent_year", SqlType.Kind.DOMAIN, null, year, List.of(), true);
        assertEquals(new Scalar("java.lang.Integer", "int"), TypeTable.javaType(recent, Options.DEFAULTS).type());
        assertTrue(recent.domainNotNull());
        assertTrue(!year.domainNotNull());
    }

    @Test
    void anEnumIsAJavaEnumWhenEveryLabelIsAJavaName() {
        SqlType status = enumType("order_status", "pending", "paid");
        assertEquals(new Mapping(new EnumOf(status), Optional.empty()), TypeTable.javaType(status, Options.DEFAULTS));
        assertEquals(new Mapping(STRING, Optional.empty()), TypeTable.javaType(status, new Options(true, false)));

        Mapping rating = TypeTable.javaType(enumType("mpaa_rating", "G", "PG-13"), Options.DEFAULTS);
        assertEquals(STRING, rating.type());
        assertTrue(rating.note().orElseThrow().contains("'PG-13'"), rating.note().orElseThrow());
    }

    @Test
    void arraysAreListsOfTheirElements() {
        assertEquals(new ListOf(new Scalar("java.lang.String", null)), TypeTable.javaType(array("text"), Options.DEFAULTS).type());
        assertEquals(new ListOf(new Scalar("java.lang.Long", "long")), TypeTable.javaType(array("int8"), Options.DEFAULTS).type());
        SqlType status = enumType("order_status", "pending", "paid");
        assertEquals(new ListOf(new EnumOf(status)), TypeTable.javaType(arrayOf(status), Options.DEFAULTS).type());
        Mapping ratings = TypeTable.javaType(arrayOf(enumType("mpaa_rating", "G", "PG-13")), Options.DEFAULTS);
        assertEquals(new ListOf(STRING), ratings.type());
        assertTrue(ratings.note().orElseThrow().contains("'PG-13'"));
        Mapping documents = TypeTable.javaType(array("jsonb"), Options.DEFAULTS);
        assertEquals(STRING, documents.type());
        assertTrue(documents.note().isPresent());
    }

    @Test
    void typesWithoutAJavaTypeAreTextWithANote() {
        for (SqlType type : List.of(SqlType.builtIn("point"), SqlType.builtIn("pg_lsn"),
                new SqlType("pg_catalog", "tstzrange", SqlType.Kind.RANGE, null, null, List.of(), false),
                new SqlType("rental", "money_pair", SqlType.Kind.COMPOSITE, null, null, List.of(), false))) {
            Mapping mapping = TypeTable.javaType(type, Options.DEFAULTS);
            assertEquals(STRING, mapping.type(), type.sqlName());
            assertTrue(mapping.note().orElseThrow().startsWith(type.name()), mapping.note().orElseThrow());
        }
        assertEquals(STRING, TypeTable.javaType(arrayOf(SqlType.builtIn("point")), Options.DEFAULTS).type());
    }

    @Test
    void citextFromAnySchemaIsAString() {
        SqlType citext = new SqlType("public", "citext", SqlType.Kind.BASE, null, null, List.of(), false);
        assertEquals(new Mapping(STRING, Optional.empty()), TypeTable.javaType(citext, Options.DEFAULTS));
    }

    private static JavaType type(String builtIn) {
        Mapping mapping = TypeTable.javaType(SqlType.builtIn(builtIn), Options.DEFAULTS);
        assertEquals(Optional.empty(), mapping.note(), builtIn);
        return mapping.type();
    }

    private static SqlType enumType(String name, String... labels) {
        return new SqlType("rental", name, SqlType.Kind.ENUM, null, null, List.of(labels), false);
    }

    private static SqlType array(String element) {
        return arrayOf(SqlType.builtIn(element));
    }

    private static SqlType arrayOf(SqlType element) {
        return new SqlType(element.schema(), "_" + element.name(), SqlType.Kind.ARRAY, element, null, List.of(), false);
    }
}
