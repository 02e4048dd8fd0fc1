package dev.nestql.it.arrays;

import dev.nestql.ForeignKey;
import dev.nestql.Id;
import dev.nestql.Interval;
import dev.nestql.Nested;
import dev.nestql.Projection;
import dev.nestql.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.util.List;

/** Slots whose arrays hold dates, times and intervals. */
public interface Slots {
    @Table("schedule")
    record Schedule(@Id long id, String owner) {}

    @Table("slot")
    record Slot(
            @Id long id,
            @ForeignKey(references = Schedule.class) long scheduleId,
            List<LocalDate> days,
            List<LocalTime> times,
            List<LocalDateTime> stamps,
            List<OffsetDateTime> moments,
            List<OffsetTime> zoned,
            List<Interval> gaps) {}

    @Projection(Slot.class)
    record SlotView(
            long id,
            List<LocalDate> days,
            List<LocalTime> times,
            List<LocalDateTime> stamps,
            List<OffsetDateTime> moments,
            List<OffsetTime> zoned,
            List<Interval> gaps) {}

    /** The same table, its timestamptz array read as instants. */
    @Table("slot")
    record SlotInstants(@Id long id, List<Instant> moments) {}

    @Projection(SlotInstants.class)
    record SlotMoments(long id, List<Instant> moments) {}

    @Projection(Schedule.class)
    record ScheduleView(
            long id,
            @Nested(value = "slots", orderBy = "id") List<SlotView> slots,
            @Nested(value = "slots", orderBy = "id", limit = 9) List<SlotView> firstSlots) {}
}
