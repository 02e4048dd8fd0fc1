package dev.nestql.it.timetz;

import dev.nestql.ForeignKey;
import dev.nestql.Id;
import dev.nestql.Max;
import dev.nestql.Nested;
import dev.nestql.Projection;
import dev.nestql.Table;
import java.time.OffsetTime;
import java.util.List;

/** Shifts whose start is a {@code timetz}, read into {@link OffsetTime}. */
public interface Rota {
    @Table("rota")
    record RotaRow(@Id long id, String name) {}

    @Table("shift")
    record Shift(@Id long id, @ForeignKey(references = RotaRow.class) long rotaId, OffsetTime starts) {}

    @Projection(Shift.class)
    record ShiftView(long id, OffsetTime starts) {}

    @Projection(RotaRow.class)
    record RotaView(
            long id,
            @Nested(value = "shifts", orderBy = "id") List<ShiftView> shifts,
            @Nested(value = "shifts", orderBy = "id", limit = 10) List<ShiftView> firstTen,
            @Max("shifts.starts") OffsetTime latest) {}
}
