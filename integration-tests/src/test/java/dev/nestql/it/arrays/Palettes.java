package dev.nestql.it.arrays;

import dev.nestql.ForeignKey;
import dev.nestql.Id;
import dev.nestql.Nested;
import dev.nestql.Projection;
import dev.nestql.Table;
import java.util.List;

/** Palettes whose arrays read into lists of a Java enum, under their painters. */
public interface Palettes {
    /** The constants of the PostgreSQL enum {@code shade}, in another order. */
    enum Shade {
        DARK_RED,
        BLUE,
        GREEN,
        RED
    }

    @Table("painter")
    record Painter(@Id long id, String name) {}

    @Table("palette")
    record Palette(
            @Id long id, @ForeignKey(references = Painter.class) long painterId, List<Shade> shades, List<Shade> names) {}

    @Projection(Palette.class)
    record PaletteView(long id, List<Shade> shades, List<Shade> names) {}

    /** Palettes as rows of their own (list), and as JSON (the list with a limit, and stream). */
    @Projection(Painter.class)
    record PainterView(
            long id,
            @Nested(value = "palettes", orderBy = "id") List<PaletteView> palettes,
            @Nested(value = "palettes", orderBy = "id", limit = 5) List<PaletteView> firstFive) {}
}
