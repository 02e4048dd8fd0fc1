package dev.nestql.it.matrix;

import dev.nestql.First;
import dev.nestql.ForeignKey;
import dev.nestql.Id;
import dev.nestql.Max;
import dev.nestql.Min;
import dev.nestql.Nested;
import dev.nestql.Path;
import dev.nestql.Projection;
import dev.nestql.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The records of the type matrix ({@link TypeMatrixTest}). One column per cell of
 * {@link MatrixTypes}, under the same component name in every record, so that the test finds each
 * cell's value by name in whichever record a path reads: a top-level row, a nested list (as rows of
 * its own, or as JSON with a limit or a text sort key), a nested record, a {@code @Path}, a
 * {@code @First}, a {@code @Min}/{@code @Max}, and nested lists sorted by each column.
 */
public interface Matrix {

    /** Over {@code text} (sorted by collation) and over the PostgreSQL enum {@code matrix_mood} (same order). */
    enum Mood {
        HAPPY,
        SAD,
        NEUTRAL
    }

    @Table("matrix_owner")
    record Owner(@Id long id) {}

    /** One column per matrix cell: primitives over {@code NOT NULL} columns, the others nullable. */
    @Table("matrix_value")
    record Value(
            @Id long id,
            @ForeignKey(references = Owner.class, name = "group", relatedName = "members") Long groupId,
            @ForeignKey(references = Owner.class, name = "solo", relatedName = "solos") long soloId,
            boolean booleanPrimitive,
            Boolean booleanBoxed,
            byte bytePrimitive,
            Byte byteBoxed,
            short shortPrimitive,
            Short shortBoxed,
            int intPrimitive,
            Integer intBoxed,
            long longPrimitive,
            Long longBoxed,
            float floatPrimitive,
            Float floatBoxed,
            double doublePrimitive,
            Double doubleBoxed,
            char charPrimitive,
            Character charBoxed,
            String stringText,
            String stringVarchar,
            String stringChar,
            String stringCitext,
            BigDecimal bigDecimal,
            BigDecimal bigDecimalScaled,
            UUID uuid,
            LocalDate localDate,
            LocalTime localTime,
            LocalDateTime localDateTime,
            OffsetDateTime offsetDateTime,
            Instant instant,
            byte[] byteArray,
            Mood enumText,
            Mood enumPg) {}

    @Table("matrix_pin")
    record Pin(@Id long id, @ForeignKey(references = Value.class, name = "value", relatedName = "pins") long valueId) {}

    /** Every value column, read as a top-level row and as the element of nested lists and records. */
    @Projection(Value.class)
    record ValueRow(
            long id,
            boolean booleanPrimitive,
            Boolean booleanBoxed,
            byte bytePrimitive,
            Byte byteBoxed,
            short shortPrimitive,
            Short shortBoxed,
            int intPrimitive,
            Integer intBoxed,
            long longPrimitive,
            Long longBoxed,
            float floatPrimitive,
            Float floatBoxed,
            double doublePrimitive,
            Double doubleBoxed,
            char charPrimitive,
            Character charBoxed,
            String stringText,
            String stringVarchar,
            String stringChar,
            String stringCitext,
            BigDecimal bigDecimal,
            BigDecimal bigDecimalScaled,
            UUID uuid,
            LocalDate localDate,
            LocalTime localTime,
            LocalDateTime localDateTime,
            OffsetDateTime offsetDateTime,
            Instant instant,
            byte[] byteArray,
            Mood enumText,
            Mood enumPg) {}

    /** The id alone: for conditions and sort orders, whose rows are compared by id. */
    @Projection(Value.class)
    record ValueId(long id) {}

    /** A nested list sorted by a numeric key: rows of their own in {@code list()}/{@code first()}, JSON in {@code stream()}. */
    @Projection(Owner.class)
    record OwnerMembers(long id, @Nested(value = "members", orderBy = "id") List<ValueRow> members) {}

    /** A nested list with a limit: JSON in {@code list()} too. */
    @Projection(Owner.class)
    record OwnerMembersLimited(long id, @Nested(value = "members", orderBy = "id", limit = 1000) List<ValueRow> members) {}

    /** A nested list sorted by a text key: JSON in {@code list()} too. */
    @Projection(Owner.class)
    record OwnerMembersByText(long id, @Nested(value = "members", orderBy = {"stringText", "id"}) List<ValueRow> members) {}

    /** A nested record (to-one). */
    @Projection(Pin.class)
    record PinnedValue(long id, @Nested("value") ValueRow value) {}

    /** Every value column reached through a to-one path. */
    @Projection(Pin.class)
    record PinnedPaths(
            long id,
            @Path("value.booleanPrimitive") boolean booleanPrimitive,
            @Path("value.booleanBoxed") Boolean booleanBoxed,
            @Path("value.bytePrimitive") byte bytePrimitive,
            @Path("value.byteBoxed") Byte byteBoxed,
            @Path("value.shortPrimitive") short shortPrimitive,
            @Path("value.shortBoxed") Short shortBoxed,
            @Path("value.intPrimitive") int intPrimitive,
            @Path("value.intBoxed") Integer intBoxed,
            @Path("value.longPrimitive") long longPrimitive,
            @Path("value.longBoxed") Long longBoxed,
            @Path("value.floatPrimitive") float floatPrimitive,
            @Path("value.floatBoxed") Float floatBoxed,
            @Path("value.doublePrimitive") double doublePrimitive,
            @Path("value.doubleBoxed") Double doubleBoxed,
            @Path("value.charPrimitive") char charPrimitive,
            @Path("value.charBoxed") Character charBoxed,
            @Path("value.stringText") String stringText,
            @Path("value.stringVarchar") String stringVarchar,
            @Path("value.stringChar") String stringChar,
            @Path("value.stringCitext") String stringCitext,
            @Path("value.bigDecimal") BigDecimal bigDecimal,
            @Path("value.bigDecimalScaled") BigDecimal bigDecimalScaled,
            @Path("value.uuid") UUID uuid,
            @Path("value.localDate") LocalDate localDate,
            @Path("value.localTime") LocalTime localTime,
            @Path("value.localDateTime") LocalDateTime localDateTime,
            @Path("value.offsetDateTime") OffsetDateTime offsetDateTime,
            @Path("value.instant") Instant instant,
            @Path("value.byteArray") byte[] byteArray,
            @Path("value.enumText") Mood enumText,
            @Path("value.enumPg") Mood enumPg) {}

    /** Every value column as the {@code @First} of an owner's only row. */
    @Projection(Owner.class)
    record FirstOfSolo(
            long id,
            @First(value = "solos", select = "booleanPrimitive", orderBy = "id") Boolean booleanPrimitive,
            @First(value = "solos", select = "booleanBoxed", orderBy = "id") Boolean booleanBoxed,
            @First(value = "solos", select = "bytePrimitive", orderBy = "id") Byte bytePrimitive,
            @First(value = "solos", select = "byteBoxed", orderBy = "id") Byte byteBoxed,
            @First(value = "solos", select = "shortPrimitive", orderBy = "id") Short shortPrimitive,
            @First(value = "solos", select = "shortBoxed", orderBy = "id") Short shortBoxed,
            @First(value = "solos", select = "intPrimitive", orderBy = "id") Integer intPrimitive,
            @First(value = "solos", select = "intBoxed", orderBy = "id") Integer intBoxed,
            @First(value = "solos", select = "longPrimitive", orderBy = "id") Long longPrimitive,
            @First(value = "solos", select = "longBoxed", orderBy = "id") Long longBoxed,
            @First(value = "solos", select = "floatPrimitive", orderBy = "id") Float floatPrimitive,
            @First(value = "solos", select = "floatBoxed", orderBy = "id") Float floatBoxed,
            @First(value = "solos", select = "doublePrimitive", orderBy = "id") Double doublePrimitive,
            @First(value = "solos", select = "doubleBoxed", orderBy = "id") Double doubleBoxed,
            @First(value = "solos", select = "charPrimitive", orderBy = "id") Character charPrimitive,
            @First(value = "solos", select = "charBoxed", orderBy = "id") Character charBoxed,
            @First(value = "solos", select = "stringText", orderBy = "id") String stringText,
            @First(value = "solos", select = "stringVarchar", orderBy = "id") String stringVarchar,
            @First(value = "solos", select = "stringChar", orderBy = "id") String stringChar,
            @First(value = "solos", select = "stringCitext", orderBy = "id") String stringCitext,
            @First(value = "solos", select = "bigDecimal", orderBy = "id") BigDecimal bigDecimal,
            @First(value = "solos", select = "bigDecimalScaled", orderBy = "id") BigDecimal bigDecimalScaled,
            @First(value = "solos", select = "uuid", orderBy = "id") UUID uuid,
            @First(value = "solos", select = "localDate", orderBy = "id") LocalDate localDate,
            @First(value = "solos", select = "localTime", orderBy = "id") LocalTime localTime,
            @First(value = "solos", select = "localDateTime", orderBy = "id") LocalDateTime localDateTime,
            @First(value = "solos", select = "offsetDateTime", orderBy = "id") OffsetDateTime offsetDateTime,
            @First(value = "solos", select = "instant", orderBy = "id") Instant instant,
            @First(value = "solos", select = "byteArray", orderBy = "id") byte[] byteArray,
            @First(value = "solos", select = "enumText", orderBy = "id") Mood enumText,
            @First(value = "solos", select = "enumPg", orderBy = "id") Mood enumPg) {}

    /** {@code @Min} of an owner's only row: the value itself. */
    @Projection(Owner.class)
    record MinOfSolo(
            long id,
            @Min("solos.bytePrimitive") Byte bytePrimitive,
            @Min("solos.byteBoxed") Byte byteBoxed,
            @Min("solos.shortPrimitive") Short shortPrimitive,
            @Min("solos.shortBoxed") Short shortBoxed,
            @Min("solos.intPrimitive") Integer intPrimitive,
            @Min("solos.intBoxed") Integer intBoxed,
            @Min("solos.longPrimitive") Long longPrimitive,
            @Min("solos.longBoxed") Long longBoxed,
            @Min("solos.floatPrimitive") Float floatPrimitive,
            @Min("solos.floatBoxed") Float floatBoxed,
            @Min("solos.doublePrimitive") Double doublePrimitive,
            @Min("solos.doubleBoxed") Double doubleBoxed,
            @Min("solos.stringText") String stringText,
            @Min("solos.stringVarchar") String stringVarchar,
            @Min("solos.stringChar") String stringChar,
            @Min("solos.stringCitext") String stringCitext,
            @Min("solos.bigDecimal") BigDecimal bigDecimal,
            @Min("solos.bigDecimalScaled") BigDecimal bigDecimalScaled,
            @Min("solos.localDate") LocalDate localDate,
            @Min("solos.localTime") LocalTime localTime,
            @Min("solos.localDateTime") LocalDateTime localDateTime,
            @Min("solos.offsetDateTime") OffsetDateTime offsetDateTime,
            @Min("solos.instant") Instant instant) {}

    /** {@code @Max} of an owner's only row: the value itself. */
    @Projection(Owner.class)
    record MaxOfSolo(
            long id,
            @Max("solos.bytePrimitive") Byte bytePrimitive,
            @Max("solos.byteBoxed") Byte byteBoxed,
            @Max("solos.shortPrimitive") Short shortPrimitive,
            @Max("solos.shortBoxed") Short shortBoxed,
            @Max("solos.intPrimitive") Integer intPrimitive,
            @Max("solos.intBoxed") Integer intBoxed,
            @Max("solos.longPrimitive") Long longPrimitive,
            @Max("solos.longBoxed") Long longBoxed,
            @Max("solos.floatPrimitive") Float floatPrimitive,
            @Max("solos.floatBoxed") Float floatBoxed,
            @Max("solos.doublePrimitive") Double doublePrimitive,
            @Max("solos.doubleBoxed") Double doubleBoxed,
            @Max("solos.stringText") String stringText,
            @Max("solos.stringVarchar") String stringVarchar,
            @Max("solos.stringChar") String stringChar,
            @Max("solos.stringCitext") String stringCitext,
            @Max("solos.bigDecimal") BigDecimal bigDecimal,
            @Max("solos.bigDecimalScaled") BigDecimal bigDecimalScaled,
            @Max("solos.localDate") LocalDate localDate,
            @Max("solos.localTime") LocalTime localTime,
            @Max("solos.localDateTime") LocalDateTime localDateTime,
            @Max("solos.offsetDateTime") OffsetDateTime offsetDateTime,
            @Max("solos.instant") Instant instant) {}

    /** {@code @Min} over all of an owner's members. */
    @Projection(Owner.class)
    record MinOfMembers(
            long id,
            @Min("members.bytePrimitive") Byte bytePrimitive,
            @Min("members.byteBoxed") Byte byteBoxed,
            @Min("members.shortPrimitive") Short shortPrimitive,
            @Min("members.shortBoxed") Short shortBoxed,
            @Min("members.intPrimitive") Integer intPrimitive,
            @Min("members.intBoxed") Integer intBoxed,
            @Min("members.longPrimitive") Long longPrimitive,
            @Min("members.longBoxed") Long longBoxed,
            @Min("members.floatPrimitive") Float floatPrimitive,
            @Min("members.floatBoxed") Float floatBoxed,
            @Min("members.doublePrimitive") Double doublePrimitive,
            @Min("members.doubleBoxed") Double doubleBoxed,
            @Min("members.stringText") String stringText,
            @Min("members.stringVarchar") String stringVarchar,
            @Min("members.stringChar") String stringChar,
            @Min("members.stringCitext") String stringCitext,
            @Min("members.bigDecimal") BigDecimal bigDecimal,
            @Min("members.bigDecimalScaled") BigDecimal bigDecimalScaled,
            @Min("members.localDate") LocalDate localDate,
            @Min("members.localTime") LocalTime localTime,
            @Min("members.localDateTime") LocalDateTime localDateTime,
            @Min("members.offsetDateTime") OffsetDateTime offsetDateTime,
            @Min("members.instant") Instant instant) {}

    /** {@code @Max} over all of an owner's members. */
    @Projection(Owner.class)
    record MaxOfMembers(
            long id,
            @Max("members.bytePrimitive") Byte bytePrimitive,
            @Max("members.byteBoxed") Byte byteBoxed,
            @Max("members.shortPrimitive") Short shortPrimitive,
            @Max("members.shortBoxed") Short shortBoxed,
            @Max("members.intPrimitive") Integer intPrimitive,
            @Max("members.intBoxed") Integer intBoxed,
            @Max("members.longPrimitive") Long longPrimitive,
            @Max("members.longBoxed") Long longBoxed,
            @Max("members.floatPrimitive") Float floatPrimitive,
            @Max("members.floatBoxed") Float floatBoxed,
            @Max("members.doublePrimitive") Double doublePrimitive,
            @Max("members.doubleBoxed") Double doubleBoxed,
            @Max("members.stringText") String stringText,
            @Max("members.stringVarchar") String stringVarchar,
            @Max("members.stringChar") String stringChar,
            @Max("members.stringCitext") String stringCitext,
            @Max("members.bigDecimal") BigDecimal bigDecimal,
            @Max("members.bigDecimalScaled") BigDecimal bigDecimalScaled,
            @Max("members.localDate") LocalDate localDate,
            @Max("members.localTime") LocalTime localTime,
            @Max("members.localDateTime") LocalDateTime localDateTime,
            @Max("members.offsetDateTime") OffsetDateTime offsetDateTime,
            @Max("members.instant") Instant instant) {}

    /** The members sorted by each column, ascending, ties by id. */
    @Projection(Owner.class)
    record MembersAscending(
            long id,
            @Nested(value = "members", orderBy = {"booleanPrimitive", "id"}) List<ValueId> booleanPrimitive,
            @Nested(value = "members", orderBy = {"booleanBoxed", "id"}) List<ValueId> booleanBoxed,
            @Nested(value = "members", orderBy = {"bytePrimitive", "id"}) List<ValueId> bytePrimitive,
            @Nested(value = "members", orderBy = {"byteBoxed", "id"}) List<ValueId> byteBoxed,
            @Nested(value = "members", orderBy = {"shortPrimitive", "id"}) List<ValueId> shortPrimitive,
            @Nested(value = "members", orderBy = {"shortBoxed", "id"}) List<ValueId> shortBoxed,
            @Nested(value = "members", orderBy = {"intPrimitive", "id"}) List<ValueId> intPrimitive,
            @Nested(value = "members", orderBy = {"intBoxed", "id"}) List<ValueId> intBoxed,
            @Nested(value = "members", orderBy = {"longPrimitive", "id"}) List<ValueId> longPrimitive,
            @Nested(value = "members", orderBy = {"longBoxed", "id"}) List<ValueId> longBoxed,
            @Nested(value = "members", orderBy = {"floatPrimitive", "id"}) List<ValueId> floatPrimitive,
            @Nested(value = "members", orderBy = {"floatBoxed", "id"}) List<ValueId> floatBoxed,
            @Nested(value = "members", orderBy = {"doublePrimitive", "id"}) List<ValueId> doublePrimitive,
            @Nested(value = "members", orderBy = {"doubleBoxed", "id"}) List<ValueId> doubleBoxed,
            @Nested(value = "members", orderBy = {"charPrimitive", "id"}) List<ValueId> charPrimitive,
            @Nested(value = "members", orderBy = {"charBoxed", "id"}) List<ValueId> charBoxed,
            @Nested(value = "members", orderBy = {"stringText", "id"}) List<ValueId> stringText,
            @Nested(value = "members", orderBy = {"stringVarchar", "id"}) List<ValueId> stringVarchar,
            @Nested(value = "members", orderBy = {"stringChar", "id"}) List<ValueId> stringChar,
            @Nested(value = "members", orderBy = {"stringCitext", "id"}) List<ValueId> stringCitext,
            @Nested(value = "members", orderBy = {"bigDecimal", "id"}) List<ValueId> bigDecimal,
            @Nested(value = "members", orderBy = {"bigDecimalScaled", "id"}) List<ValueId> bigDecimalScaled,
            @Nested(value = "members", orderBy = {"uuid", "id"}) List<ValueId> uuid,
            @Nested(value = "members", orderBy = {"localDate", "id"}) List<ValueId> localDate,
            @Nested(value = "members", orderBy = {"localTime", "id"}) List<ValueId> localTime,
            @Nested(value = "members", orderBy = {"localDateTime", "id"}) List<ValueId> localDateTime,
            @Nested(value = "members", orderBy = {"offsetDateTime", "id"}) List<ValueId> offsetDateTime,
            @Nested(value = "members", orderBy = {"instant", "id"}) List<ValueId> instant,
            @Nested(value = "members", orderBy = {"byteArray", "id"}) List<ValueId> byteArray,
            @Nested(value = "members", orderBy = {"enumText", "id"}) List<ValueId> enumText,
            @Nested(value = "members", orderBy = {"enumPg", "id"}) List<ValueId> enumPg) {}

    /** The members sorted by each column, descending, ties by id. */
    @Projection(Owner.class)
    record MembersDescending(
            long id,
            @Nested(value = "members", orderBy = {"-booleanPrimitive", "id"}) List<ValueId> booleanPrimitive,
            @Nested(value = "members", orderBy = {"-booleanBoxed", "id"}) List<ValueId> booleanBoxed,
            @Nested(value = "members", orderBy = {"-bytePrimitive", "id"}) List<ValueId> bytePrimitive,
            @Nested(value = "members", orderBy = {"-byteBoxed", "id"}) List<ValueId> byteBoxed,
            @Nested(value = "members", orderBy = {"-shortPrimitive", "id"}) List<ValueId> shortPrimitive,
            @Nested(value = "members", orderBy = {"-shortBoxed", "id"}) List<ValueId> shortBoxed,
            @Nested(value = "members", orderBy = {"-intPrimitive", "id"}) List<ValueId> intPrimitive,
            @Nested(value = "members", orderBy = {"-intBoxed", "id"}) List<ValueId> intBoxed,
            @Nested(value = "members", orderBy = {"-longPrimitive", "id"}) List<ValueId> longPrimitive,
            @Nested(value = "members", orderBy = {"-longBoxed", "id"}) List<ValueId> longBoxed,
            @Nested(value = "members", orderBy = {"-floatPrimitive", "id"}) List<ValueId> floatPrimitive,
            @Nested(value = "members", orderBy = {"-floatBoxed", "id"}) List<ValueId> floatBoxed,
            @Nested(value = "members", orderBy = {"-doublePrimitive", "id"}) List<ValueId> doublePrimitive,
            @Nested(value = "members", orderBy = {"-doubleBoxed", "id"}) List<ValueId> doubleBoxed,
            @Nested(value = "members", orderBy = {"-charPrimitive", "id"}) List<ValueId> charPrimitive,
            @Nested(value = "members", orderBy = {"-charBoxed", "id"}) List<ValueId> charBoxed,
            @Nested(value = "members", orderBy = {"-stringText", "id"}) List<ValueId> stringText,
            @Nested(value = "members", orderBy = {"-stringVarchar", "id"}) List<ValueId> stringVarchar,
            @Nested(value = "members", orderBy = {"-stringChar", "id"}) List<ValueId> stringChar,
            @Nested(value = "members", orderBy = {"-stringCitext", "id"}) List<ValueId> stringCitext,
            @Nested(value = "members", orderBy = {"-bigDecimal", "id"}) List<ValueId> bigDecimal,
            @Nested(value = "members", orderBy = {"-bigDecimalScaled", "id"}) List<ValueId> bigDecimalScaled,
            @Nested(value = "members", orderBy = {"-uuid", "id"}) List<ValueId> uuid,
            @Nested(value = "members", orderBy = {"-localDate", "id"}) List<ValueId> localDate,
            @Nested(value = "members", orderBy = {"-localTime", "id"}) List<ValueId> localTime,
            @Nested(value = "members", orderBy = {"-localDateTime", "id"}) List<ValueId> localDateTime,
            @Nested(value = "members", orderBy = {"-offsetDateTime", "id"}) List<ValueId> offsetDateTime,
            @Nested(value = "members", orderBy = {"-instant", "id"}) List<ValueId> instant,
            @Nested(value = "members", orderBy = {"-byteArray", "id"}) List<ValueId> byteArray,
            @Nested(value = "members", orderBy = {"-enumText", "id"}) List<ValueId> enumText,
            @Nested(value = "members", orderBy = {"-enumPg", "id"}) List<ValueId> enumPg) {}

    // Nested lists keyed by a column of each type whose PostgreSQL equality is not Java's equals.

    @Table("key_float")
    record FloatKey(@Id Float code) {}

    @Table("key_float_child")
    record FloatKeyChild(@Id long id, @ForeignKey(references = FloatKey.class, name = "parent", relatedName = "children") Float parentCode) {}

    /** Children of a {@code real} key: rows of their own in {@code list()}, JSON in {@code stream()}. */
    @Projection(FloatKey.class)
    record FloatKeyChildren(Float code, @Nested(value = "children", orderBy = "id") List<FloatChildId> children) {}

    @Projection(FloatKeyChild.class)
    record FloatChildId(long id) {}

    @Table("key_double")
    record DoubleKey(@Id Double code) {}

    @Table("key_double_child")
    record DoubleKeyChild(@Id long id, @ForeignKey(references = DoubleKey.class, name = "parent", relatedName = "children") Double parentCode) {}

    /** Children of a {@code double precision} key: rows of their own in {@code list()}, JSON in {@code stream()}. */
    @Projection(DoubleKey.class)
    record DoubleKeyChildren(Double code, @Nested(value = "children", orderBy = "id") List<DoubleChildId> children) {}

    @Projection(DoubleKeyChild.class)
    record DoubleChildId(long id) {}

    @Table("key_citext")
    record CitextKey(@Id String code) {}

    @Table("key_citext_child")
    record CitextKeyChild(@Id long id, @ForeignKey(references = CitextKey.class, name = "parent", relatedName = "children") String parentCode) {}

    /** Children of a {@code citext} key: rows of their own in {@code list()}, JSON in {@code stream()}. */
    @Projection(CitextKey.class)
    record CitextKeyChildren(String code, @Nested(value = "children", orderBy = "id") List<CitextChildId> children) {}

    @Projection(CitextKeyChild.class)
    record CitextChildId(long id) {}

    @Table("key_char")
    record CharKey(@Id String code) {}

    @Table("key_char_child")
    record CharKeyChild(@Id long id, @ForeignKey(references = CharKey.class, name = "parent", relatedName = "children") String parentCode) {}

    /** Children of a {@code char(5)} key: rows of their own in {@code list()}, JSON in {@code stream()}. */
    @Projection(CharKey.class)
    record CharKeyChildren(String code, @Nested(value = "children", orderBy = "id") List<CharChildId> children) {}

    @Projection(CharKeyChild.class)
    record CharChildId(long id) {}

    @Table("key_decimal")
    record DecimalKey(@Id BigDecimal code) {}

    @Table("key_decimal_child")
    record DecimalKeyChild(@Id long id, @ForeignKey(references = DecimalKey.class, name = "parent", relatedName = "children") BigDecimal parentCode) {}

    /** Children of a {@code numeric} key: rows of their own in {@code list()}, JSON in {@code stream()}. */
    @Projection(DecimalKey.class)
    record DecimalKeyChildren(BigDecimal code, @Nested(value = "children", orderBy = "id") List<DecimalChildId> children) {}

    @Projection(DecimalKeyChild.class)
    record DecimalChildId(long id) {}

    @Table("key_instant")
    record InstantKey(@Id OffsetDateTime code) {}

    @Table("key_instant_child")
    record InstantKeyChild(@Id long id, @ForeignKey(references = InstantKey.class, name = "parent", relatedName = "children") OffsetDateTime parentCode) {}

    /** Children of a {@code timestamptz} key: rows of their own in {@code list()}, JSON in {@code stream()}. */
    @Projection(InstantKey.class)
    record InstantKeyChildren(OffsetDateTime code, @Nested(value = "children", orderBy = "id") List<InstantChildId> children) {}

    @Projection(InstantKeyChild.class)
    record InstantChildId(long id) {}
}
