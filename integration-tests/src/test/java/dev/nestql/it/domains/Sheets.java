package dev.nestql.it.domains;

import dev.nestql.ForeignKey;
import dev.nestql.Id;
import dev.nestql.Nested;
import dev.nestql.Projection;
import dev.nestql.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Sheets whose arrays of domains read into lists of the domains' base types, under boards. */
public interface Sheets {
    @Table("board")
    record Board(@Id long id, String name) {}

    @Table("sheet")
    record Sheet(
            @Id long id,
            @ForeignKey(references = Board.class) long boardId,
            List<Integer> scores,
            List<Long> counts,
            List<Short> smalls,
            List<BigDecimal> prices,
            List<Double> ratios,
            List<Float> weights,
            List<Boolean> flags,
            List<UUID> refs,
            List<String> labels,
            List<byte[]> blobs,
            List<LocalDate> days) {}

    /** Every array but the bytes, whose arrays compare by identity in a record. */
    @Projection(Sheet.class)
    record SheetView(
            long id,
            List<Integer> scores,
            List<Long> counts,
            List<Short> smalls,
            List<BigDecimal> prices,
            List<Double> ratios,
            List<Float> weights,
            List<Boolean> flags,
            List<UUID> refs,
            List<String> labels,
            List<LocalDate> days) {}

    @Projection(Sheet.class)
    record SheetBlobs(long id, List<byte[]> blobs) {}

    /** Sheets as rows of their own (list), and as JSON (the list with a limit, and stream). */
    @Projection(Board.class)
    record BoardView(
            long id,
            @Nested(value = "sheets", orderBy = "id") List<SheetView> sheets,
            @Nested(value = "sheets", orderBy = "id", limit = 5) List<SheetView> firstFive) {}
}
