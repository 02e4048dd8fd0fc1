package dev.nestql.generator.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The layout of generated records: one component per line, whatever their annotations hold, and wrapped Javadoc. */
class SourceLayoutTest {
    @Test
    void putsEachComponentOnALineOfItsOwn() {
        String javaPoet = """
                @Table("odd")
                public record Odd(@Id long id, @Column("a, b)") String aB,
                        @ForeignKey(references = Other.class, name = "x(y", relatedName = "z\\"),") Long otherId,
                        List<Map<String, Long>> maps) {
                }
                """;
        assertEquals("""
                @Table("odd")
                public record Odd(
                        @Id long id,
                        @Column("a, b)") String aB,
                        @ForeignKey(references = Other.class, name = "x(y", relatedName = "z\\"),") Long otherId,
                        List<Map<String, Long>> maps) {}
                """, SourceLayout.recordHeader(javaPoet, "Odd"));
    }

    @Test
    void wrapsTextAtOneHundredCharactersWithAContinuationIndent() {
        String text = "word ".repeat(40).strip();
        List<String> lines = SourceLayout.wrap(text, 3, "@param x ", "    ");
        for (String line : lines) {
            assertEquals(true, 3 + line.length() <= 100, line);
        }
        assertEquals("@param x word", lines.get(0).substring(0, 13));
        assertEquals("    word", lines.get(1).substring(0, 8));
        assertEquals(text, String.join(" ", lines).replace("@param x ", "").replaceAll(" +", " "));
        assertEquals(List.of("x".repeat(120)), SourceLayout.wrap("x".repeat(120), 3, "", ""));
    }
}
