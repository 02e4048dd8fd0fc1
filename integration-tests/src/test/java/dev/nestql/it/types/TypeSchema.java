package dev.nestql.it.types;

import dev.nestql.First;
import dev.nestql.ForeignKey;
import dev.nestql.Id;
import dev.nestql.Nested;
import dev.nestql.Projection;
import dev.nestql.Sum;
import dev.nestql.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Every supported column type, nullable and primitive, under a parent that nests both. */
public interface TypeSchema {

    /** Stored by name in a {@code text} column. */
    enum Color {
        RED,
        GREEN,
        BLUE
    }

    /** Stored in the PostgreSQL enum type {@code mood}. */
    enum Mood {
        HAPPY,
        SAD,
        NEUTRAL
    }

    @Table("holder")
    record Holder(@Id long id, String name) {}

    @Table("boxed_value")
    record BoxedValue(
            @Id long id,
            @ForeignKey(references = Holder.class, relatedName = "boxedValues") long holderId,
            Boolean flag,
            Byte tiny,
            Short small,
            Integer medium,
            Long big,
            Float single,
            Double dbl,
            Character letter,
            String text,
            BigDecimal amount,
            UUID uuid,
            LocalDate day,
            LocalTime clock,
            LocalDateTime stamp,
            OffsetDateTime stampTz,
            Instant instant,
            byte[] bytes,
            Color color,
            Mood mood) {}

    @Table("primitive_value")
    record PrimitiveValue(
            @Id long id,
            @ForeignKey(references = Holder.class, relatedName = "primitiveValues") long holderId,
            boolean flag,
            byte tiny,
            short small,
            int medium,
            long big,
            float single,
            double dbl,
            char letter) {}

    /** Every column of {@link BoxedValue} but the key to the holder. */
    @Projection(BoxedValue.class)
    record BoxedRow(
            long id,
            Boolean flag,
            Byte tiny,
            Short small,
            Integer medium,
            Long big,
            Float single,
            Double dbl,
            Character letter,
            String text,
            BigDecimal amount,
            UUID uuid,
            LocalDate day,
            LocalTime clock,
            LocalDateTime stamp,
            OffsetDateTime stampTz,
            Instant instant,
            byte[] bytes,
            Color color,
            Mood mood) {}

    /** Every column of {@link PrimitiveValue} but the key to the holder. */
    @Projection(PrimitiveValue.class)
    record PrimitiveRow(long id, boolean flag, byte tiny, short small, int medium, long big, float single, double dbl, char letter) {}

    @Projection(Holder.class)
    record HolderView(
            long id,
            String name,
            @Nested(value = "boxedValues", orderBy = "id") List<BoxedRow> boxed,
            @Nested(value = "primitiveValues", orderBy = "id") List<PrimitiveRow> primitives) {}

    /** Aggregates of a {@code bytea} and a {@code real} column. */
    @Projection(Holder.class)
    record HolderAggregates(
            long id,
            @First(value = "boxedValues", select = "bytes", orderBy = "-id", where = "bytes is not null") byte[] lastBytes,
            @Sum("boxedValues.single") Double singleSum) {}

    /**
     * Lists that {@code list()} reads as rows of their own and sorts in Java: nullable keys,
     * ascending and descending, ties broken by a second key, and a filtered list.
     */
    @Projection(Holder.class)
    record HolderSorted(
            long id,
            @Nested(value = "boxedValues", orderBy = {"-medium", "id"}) List<BoxedKey> byMediumDesc,
            @Nested(value = "boxedValues", orderBy = {"big", "-id"}) List<BoxedKey> byBigAsc,
            @Nested(value = "boxedValues", orderBy = {"-day", "id"}, where = "medium is not null") List<BoxedKey> byDayDesc) {}

    @Projection(BoxedValue.class)
    record BoxedKey(long id, Integer medium, Long big, LocalDate day) {}

    @Table("mood_info")
    record MoodInfo(@Id Mood code, String label) {}

    @Table("mood_note")
    record MoodNote(@Id long id, @ForeignKey(references = MoodInfo.class, name = "mood", relatedName = "notes") Mood moodCode, String body) {}

    /** A nested list keyed by a PostgreSQL enum. */
    @Projection(MoodInfo.class)
    record MoodNotes(String label, @Nested(value = "notes", orderBy = "id") List<NoteBody> notes) {}

    @Projection(MoodNote.class)
    record NoteBody(long id, String body) {}

    @Table("blob")
    record Blob(@Id byte[] hash, String name) {}

    @Table("blob_ref")
    record BlobRef(@Id long id, @ForeignKey(references = Blob.class, name = "blob", relatedName = "refs") byte[] blobHash) {}

    /** A nested list keyed by {@code bytea}. */
    @Projection(Blob.class)
    record BlobRefs(String name, @Nested(value = "refs", orderBy = "id") List<RefId> refs) {}

    @Projection(BlobRef.class)
    record RefId(long id) {}

    @Table("amount_group")
    record AmountGroup(@Id BigDecimal amount, String name) {}

    @Table("amount_entry")
    record AmountEntry(@Id long id, @ForeignKey(references = AmountGroup.class, name = "group", relatedName = "entries")
            BigDecimal groupAmount) {}

    /** A nested list keyed by {@code numeric} values of different scales ({@code 1.0 = 1.00 = 1}). */
    @Projection(AmountGroup.class)
    record AmountEntries(String name, @Nested(value = "entries", orderBy = "id") List<EntryId> entries) {}

    @Projection(AmountEntry.class)
    record EntryId(long id) {}
}
