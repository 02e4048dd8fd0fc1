package dev.nestql.it.values;

import dev.nestql.ForeignKey;
import dev.nestql.Id;
import dev.nestql.Nested;
import dev.nestql.Projection;
import dev.nestql.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Rows of values at the edges of PostgreSQL's date, time and numeric types, read as nested lists
 * and nested records: the shapes whose values travel as JSON.
 */
public interface ValueSchema {

    @Table("owner")
    record Owner(@Id long id, String name) {}

    @Table("special_value")
    record SpecialValue(
            @Id long id,
            @ForeignKey(references = Owner.class, relatedName = "values") long ownerId,
            LocalDate day,
            LocalTime clock,
            LocalDateTime stamp,
            OffsetDateTime stampTz,
            Instant instant,
            BigDecimal amount,
            Instant wallClock,
            LocalDate stampDay) {}

    @Table("pin")
    record Pin(@Id long id, @ForeignKey(references = SpecialValue.class, name = "value") long valueId) {}

    /** Every value column of {@link SpecialValue}. */
    @Projection(SpecialValue.class)
    record ValueRow(
            long id,
            LocalDate day,
            LocalTime clock,
            LocalDateTime stamp,
            OffsetDateTime stampTz,
            Instant instant,
            BigDecimal amount,
            Instant wallClock,
            LocalDate stampDay) {}

    /** A nested list: JSON in {@code stream()}, rows of their own in {@code list()}. */
    @Projection(Owner.class)
    record OwnerValues(long id, @Nested(value = "values", orderBy = "id") List<ValueRow> values) {}

    /** A nested list with a per-parent limit: JSON in {@code list()} too. */
    @Projection(Owner.class)
    record OwnerFirstValues(long id, @Nested(value = "values", orderBy = "id", limit = 100) List<ValueRow> values) {}

    /** A nested record: JSON in both {@code list()} and {@code stream()}. */
    @Projection(Pin.class)
    record PinnedValue(long id, @Nested("value") ValueRow value) {}
}
