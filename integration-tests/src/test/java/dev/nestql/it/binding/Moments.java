package dev.nestql.it.binding;

import dev.nestql.Id;
import dev.nestql.Projection;
import dev.nestql.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;

/** Times a microsecond apart. */
public interface Moments {
    @Table("moment")
    record Moment(@Id long id, LocalTime t, LocalDateTime ts, OffsetDateTime tz, OffsetTime tt) {}

    @Projection(Moment.class)
    record MomentView(long id, LocalTime t, LocalDateTime ts, OffsetDateTime tz, OffsetTime tt) {}

    /** The same table, its timestamptz read as an Instant. */
    @Table("moment")
    record MomentAsInstant(@Id long id, Instant tz) {}

    @Projection(MomentAsInstant.class)
    record MomentInstant(long id, Instant tz) {}
}
